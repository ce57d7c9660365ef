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
        LocalSystem system = SharedLocalSystem.running().system();
        Map<String, String> config = new LinkedHashMap<>(system.wiring(Service.HOUSEHOLD));
        config.put("quarkus.profile", "prod");
        config.put("OIDC_AUTH_SERVER_URL", "https://idp.ministry.invalid/realms/poverty-eradication");
        config.put("IDENTITY_HASH_KEY", Base64.getEncoder().encodeToString("a key for this test only....".getBytes()));
        Path log = logs.resolve("household-service.log");

        try (var service = ServiceProcess.launch("household-service", Service.HOUSEHOLD.runnerJar(system.options().root()),
                system.options().root(), List.of("-Xmx256m"), Ports.free(), config, log)) {
            service.awaitExit(Instant.now().plusSeconds(90));
        }

        assertThat(Files.readString(log)).contains("remove quarkus.oidc.public-key");
    }
}
