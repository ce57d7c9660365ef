package th.poverty.local;

import java.io.PrintStream;
import java.time.Duration;
import java.util.stream.Collectors;

/** What a developer needs once the system is up: where everything answers, how it started, how to call it. */
final class StartupReport {

    private static final String SWAGGER_UI = "/q/swagger-ui";
    private static final String PROVINCE_PROGRESS = "/api/v1/areas/" + ChachoengsaoDemo.PROVINCE + "/progress";

    private StartupReport() {
    }

    static void print(PrintStream out, LocalSystem system, Duration sinceCommand, ChachoengsaoDemo.Result demo, String token) {
        var options = system.options();
        out.printf("%nLocal system ready in %s: PostgreSQL and Kafka %s, then the four services %s from launch to all ready.%n%n",
                seconds(sinceCommand), seconds(system.infrastructureStartup()), seconds(system.servicesStartup()));
        if (system.consoleUrl() != null) {
            out.printf("  %-18s %s   sign in as one of the demo people; ready after %s%n", "console (Thai)",
                    system.consoleUrl(), seconds(system.consoleStartup()));
        }
        for (Service service : system.services()) {
            var url = system.url(service);
            out.printf("  %-18s %s   Swagger UI %s%s   ready after %s, RSS %d MiB%n", service.module(), url, url, SWAGGER_UI,
                    seconds(system.readyAfter(service)), system.residentKiB(service) / 1024);
        }
        out.printf("  %-18s 127.0.0.1:%d (user postgres, no password; databases %s)%n", "PostgreSQL", options.postgresPort(),
                system.services().stream().map(Service::database).collect(Collectors.joining(", ")));
        out.printf("  %-18s 127.0.0.1:%d%n%n", "Kafka", options.kafkaPort());

        out.printf("Chachoengsao demo households: %d new, %d already loaded%s.%n", demo.created(), demo.alreadyLoaded(),
                demo.failures().isEmpty() ? "" : ", " + demo.failures().size() + " refused:");
        demo.failures().forEach(failure -> out.println("  " + failure));
        String progress = system.url(Service.REPORTING).resolve(PROVINCE_PROGRESS).toString();
        out.printf("Chachoengsao roll-up: %s%n%n", progress);

        var tokenFile = system.data().tokenFile();
        out.printf("Demo token (province-officer, area %s, valid %d h), also in %s:%n%s%n%n", ChachoengsaoDemo.PROVINCE,
                MintToken.LIFETIME.toHours(), tokenFile, token);
        out.printf("Try:%n  curl -s -H \"Authorization: Bearer $(cat %s)\" %s%n%n", tokenFile, progress);
        out.printf("Other roles and areas: java -cp \"deploy/local/target/classes:deploy/local/target/lib/*\" "
                + "th.poverty.local.MintToken field-team 2401 somchai%n");
        out.printf("Logs: %s. Ctrl-C stops everything; the data stays for the next run (--fresh wipes it).%n",
                system.data().logs());
    }

    private static String seconds(Duration duration) {
        return "%.1f s".formatted(duration.toMillis() / 1000.0);
    }
}
