package th.poverty.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import th.poverty.testing.Infrastructure;
import th.poverty.testing.Ports;
import th.poverty.testing.ServiceProcess;

/**
 * Each service's image, built by deploy/images/build with podman from a base made here (no
 * registry), runs as deploy/kubernetes runs it (its own user, a read-only root filesystem with
 * /tmp apart, no capabilities, the memory limit) against a real PostgreSQL and Kafka, and answers
 * its readiness probe. Skipped only where podman is not installed.
 */
class ServiceImagesTest {

    private static final List<String> SERVICES =
            List.of("household-service", "team-service", "plan-service", "reporting-service");
    private static final String VERSION = "1.0.0-SNAPSHOT";
    /**
     * The Deployments' startup probe allows 180 s (36 × 5 s) to a pod with a CPU of its own; here
     * the four start together on two cores shared with PostgreSQL, Kafka and the rest of the build.
     */
    private static final Duration READY_WITHIN = Duration.ofSeconds(240);
    private static final String LABEL = "th.poverty.test=service-images";
    /** In each container's name: the test JVM that started it, so that concurrent runs leave each other's alone. */
    private static final long RUN = ProcessHandle.current().pid();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    private static final Path ROOT = Path.of("").toAbsolutePath().resolve("../..").normalize();

    @BeforeAll
    static void buildImages() {
        String unavailable = Podman.unavailable();
        Assumptions.assumeTrue(unavailable == null, unavailable);
        removeContainers(false);
        // PostgreSQL and Kafka start while the images build
        CompletableFuture.runAsync(Infrastructure::shared);
        long start = System.nanoTime();
        String output = Podman.exec(List.of(ROOT.resolve("deploy/images/build").toString()), Duration.ofMinutes(10));
        System.out.printf("%s%ndeploy/images/build took %d s%n", output, Duration.ofNanos(System.nanoTime() - start).toSeconds());
    }

    @AfterAll
    static void removeOwnContainers() {
        if (Podman.unavailable() == null) {
            removeContainers(true);
        }
    }

    /** This run's containers, or those a test JVM that no longer runs left behind (killed, say). */
    private static void removeContainers(boolean own) {
        String left = Podman.run("ps", "--all", "--format", "{{.Names}}", "--filter", "label=" + LABEL);
        left.lines().filter(name -> !name.isBlank()).filter(name -> {
            long run = Long.parseLong(name.substring(name.lastIndexOf('-') + 1));
            return own ? run == RUN : ProcessHandle.of(run).isEmpty();
        }).forEach(ServiceImagesTest::remove);
    }

    @Test
    void everyServiceImageAnswersItsReadinessProbe() throws InterruptedException {
        var infrastructure = Infrastructure.shared();
        Map<String, URI> ready = new LinkedHashMap<>();
        List<String> containers = new ArrayList<>();
        try {
            for (String service : SERVICES) {
                String database = service.substring(0, service.indexOf('-'));
                infrastructure.postgres().createDatabaseIfAbsent(database);
                int port = Ports.free();
                Map<String, String> config = new LinkedHashMap<>(ServiceProcess.wiring(
                        infrastructure.postgres(), database, infrastructure.kafka(), infrastructure.tokenKeys()));
                config.put("quarkus.http.host", "127.0.0.1");
                config.put("quarkus.http.port", Integer.toString(port));
                String container = "images-test-" + service + "-" + RUN;
                List<String> run = new ArrayList<>(List.of("run", "--detach", "--name", container, "--label", LABEL,
                        // PostgreSQL and Kafka listen on this machine's loopback
                        "--network", "host",
                        // the Deployments' securityContext, /tmp volume and memory limit
                        "--read-only", "--read-only-tmpfs=false", "--tmpfs", "/tmp:rw,size=256m,mode=1777",
                        "--cap-drop", "ALL", "--security-opt", "no-new-privileges", "--memory", "768m"));
                run.addAll(Podman.ulimits());
                // configuration as environment variables, as the Deployments' ConfigMaps give it
                config.forEach((key, value) -> run.addAll(List.of("--env", environmentName(key) + "=" + value)));
                run.add("poverty-eradication/" + service + ":" + VERSION);
                Podman.run(run.toArray(String[]::new));
                containers.add(container);
                ready.put(container, URI.create("http://127.0.0.1:" + port + "/q/health/ready"));
            }
            long start = System.nanoTime();
            long deadline = start + READY_WITHIN.toNanos();
            Map<String, Duration> readyIn = new LinkedHashMap<>();
            while (readyIn.size() < containers.size()) {
                for (String container : containers) {
                    if (readyIn.containsKey(container)) {
                        continue;
                    }
                    String state = Podman.run("inspect", "--format", "{{.State.Status}}", container);
                    assertThat(state).as("%s exited; its log:%n%s", container, logs(container)).isEqualTo("running");
                    if (answersReady(ready.get(container))) {
                        readyIn.put(container, Duration.ofNanos(System.nanoTime() - start));
                    }
                }
                assertThat(System.nanoTime())
                        .as("not ready within %d s: %s; their logs:%n%s", READY_WITHIN.toSeconds(),
                                containers.stream().filter(c -> !readyIn.containsKey(c)).toList(),
                                containers.stream().filter(c -> !readyIn.containsKey(c)).map(ServiceImagesTest::logs).toList())
                        .isLessThan(deadline);
                Thread.sleep(500);
            }
            readyIn.forEach((container, in) -> System.out.printf("%s ready in %.1f s (%s)%n", container, in.toMillis() / 1000.0,
                    logs(container).lines().filter(line -> line.contains("started in")).findFirst().orElse("").strip()));
            for (String container : containers) {
                // the image's user, not one the run chose: runAsNonRoot holds
                assertThat(Podman.run("inspect", "--format", "{{.Config.User}}", container)).isEqualTo("185:185");
            }
        } finally {
            containers.forEach(ServiceImagesTest::remove);
        }
    }

    /** Stops (SIGTERM, then SIGKILL after 10 s) and removes a container, which may stop by itself meanwhile. */
    private static void remove(String container) {
        try {
            Podman.run("rm", "--force", "--time", "10", container);
        } catch (IllegalStateException stoppedMeanwhile) {
            Podman.run("rm", "--force", "--ignore", container);
        }
    }

    /**
     * The image is laid out and started as the Jib profile {@code images} in the root pom lays out
     * and starts it, so either runs under deploy/kubernetes' Deployments unchanged.
     */
    @Test
    void theImagesMatchTheJibProfile() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile());
        var xpath = XPathFactory.newInstance().newXPath();
        String container = "//*[local-name()='profile'][*[local-name()='id']='images']//*[local-name()='plugin']"
                + "[*[local-name()='artifactId']='jib-maven-plugin']/*[local-name()='configuration']/*[local-name()='container']";
        NodeList args = (NodeList) xpath.evaluate(container + "/*[local-name()='entrypoint']/*[local-name()='arg']",
                pom, XPathConstants.NODESET);
        List<String> entrypoint = new ArrayList<>();
        for (int i = 0; i < args.getLength(); i++) {
            entrypoint.add(args.item(i).getTextContent().strip());
        }
        String user = xpath.evaluate(container + "/*[local-name()='user']", pom).strip();
        String workingDirectory = xpath.evaluate(container + "/*[local-name()='workingDirectory']", pom).strip();
        String port = xpath.evaluate(container + "/*[local-name()='ports']/*[local-name()='port']", pom).strip();
        assertThat(entrypoint).as("the Jib profile's entrypoint").isNotEmpty();

        for (String service : SERVICES) {
            String image = "poverty-eradication/" + service + ":" + VERSION;
            assertThat(Podman.run("image", "inspect", "--format", "{{range .Config.Entrypoint}}{{.}}\n{{end}}", image)
                    .lines().toList()).as(image).isEqualTo(entrypoint);
            assertThat(Podman.run("image", "inspect", "--format", "{{.Config.User}}", image)).as(image)
                    .isIn(user, user + ":" + user);
            assertThat(Podman.run("image", "inspect", "--format", "{{.Config.WorkingDir}}", image)).as(image)
                    .isEqualTo(workingDirectory);
            assertThat(Podman.run("image", "inspect", "--format", "{{range $p, $_ := .Config.ExposedPorts}}{{$p}}{{end}}", image))
                    .as(image).isEqualTo(port + "/tcp");
        }
    }

    /** The environment variable Quarkus reads for a property: quarkus.http.port → QUARKUS_HTTP_PORT. */
    private static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static boolean answersReady(URI probe) throws InterruptedException {
        var request = HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    private static String logs(String container) {
        try {
            String log = Podman.run("logs", container);
            List<String> lines = log.lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
