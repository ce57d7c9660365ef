package th.poverty.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import th.poverty.testing.Ports;
import th.poverty.testing.ServiceProcess;

/** The packaged service, started in the production profile with what only the local system may use. */
@ExtendWith(SharedLocalSystem.class)
class ProductionProfileTest {

    @Test
    void theProductionProfileRefusesATokenKeyFromConfiguration(@TempDir Path logs) throws Exception {
        Map<String, String> config = production();
        config.put("IDENTITY_HASH_KEY", Base64.getEncoder().encodeToString("a key for this test only....".getBytes()));

        assertThat(refusal(config, logs)).contains("remove quarkus.oidc.public-key");
    }

    @Test
    void theProductionProfileRefusesTheLocalIdentityHashKey(@TempDir Path logs) throws Exception {
        Map<String, String> config = production();
        config.remove("quarkus.oidc.public-key");
        config.put("IDENTITY_HASH_KEY", "bG9jYWwtb25seS1pZGVudGl0eS1oYXNoLWtleQ==");

        assertThat(refusal(config, logs)).contains("refuses the local profile's household.identity-hash-key");
    }

    /** household-service wired as the local system wires it, in the production profile. */
    private static Map<String, String> production() {
        Map<String, String> config = new LinkedHashMap<>(SharedLocalSystem.running().system().wiring(Service.HOUSEHOLD));
        config.put("quarkus.profile", "prod");
        config.put("OIDC_AUTH_SERVER_URL", "https://idp.ministry.invalid/realms/poverty-eradication");
        return config;
    }

    /** The log of the packaged service started with {@code config}, once it has stopped (or was stopped). */
    private static String refusal(Map<String, String> config, Path logs) throws Exception {
        LocalSystem system = SharedLocalSystem.running().system();
        Path log = logs.resolve("household-service.log");
        try (var service = ServiceProcess.launch("household-service", Service.HOUSEHOLD.runnerJar(system.options().root()),
                system.options().root(), List.of("-Xmx256m"), Ports.free(), config, log)) {
            service.awaitExit(Instant.now().plusSeconds(90));
        }
        return Files.readString(log);
    }
}
