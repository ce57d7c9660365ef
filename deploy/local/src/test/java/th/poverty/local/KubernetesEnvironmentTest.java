package th.poverty.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** household-service's own manifest, composed as Kubernetes composes a container's environment. */
class KubernetesEnvironmentTest {

    private static final Path MANIFEST = RepositoryRoot.locate(null, Path.of(""))
            .resolve("deploy/kubernetes/base/services/household-service.yaml");

    private static final KubernetesEnvironment.Secrets SECRETS = name -> switch (name) {
        case "household-db-app" -> Map.of("username", "household_owner", "password", "owner-secret");
        case "household-db-runtime" -> Map.of("username", "household_runtime", "password", "runtime-secret");
        case "household-service" -> Map.of("sasl.jaas.config", "jaas of household-service");
        case "poverty-kafka-cluster-ca-cert" -> Map.of("ca.crt", "-----BEGIN CERTIFICATE-----");
        case "household-service-config-creds" -> Map.of("IDENTITY_HASH_KEY", "a-key");
        default -> throw new IllegalArgumentException("no Secret " + name);
    };

    @Test
    void theMigrationStepRunsAsTheOwnerAndTheServiceAsTheRuntimeRoleWithItsKafkaUser() {
        var migrate = KubernetesEnvironment.of(MANIFEST, "household-service", "migrate", SECRETS);
        assertThat(migrate).containsEntry("QUARKUS_INIT_AND_EXIT", "true")
                .containsEntry("QUARKUS_FLYWAY_USERNAME", "household_owner")
                .containsEntry("QUARKUS_FLYWAY_PASSWORD", "owner-secret")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "household_runtime")
                .containsEntry("IDENTITY_HASH_KEY", "a-key")
                .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL");

        var service = KubernetesEnvironment.of(MANIFEST, "household-service", "household-service", SECRETS);
        assertThat(service).containsEntry("QUARKUS_DATASOURCE_USERNAME", "household_runtime")
                .containsEntry("QUARKUS_DATASOURCE_PASSWORD", "runtime-secret")
                .containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "false")
                .containsEntry("KAFKA_SASL_JAAS_CONFIG", "jaas of household-service")
                .containsEntry("KAFKA_SSL_TRUSTSTORE_CERTIFICATES", "-----BEGIN CERTIFICATE-----")
                .containsKeys("KAFKA_BOOTSTRAP_SERVERS", "OIDC_AUTH_SERVER_URL", "QUARKUS_DATASOURCE_REACTIVE_URL")
                .doesNotContainKeys("QUARKUS_FLYWAY_PASSWORD", "QUARKUS_INIT_AND_EXIT");
    }

    @Test
    void aSecretWithoutTheKeyAContainerNamesIsRefused() {
        KubernetesEnvironment.Secrets withoutPassword = name -> name.equals("household-db-runtime")
                ? Map.of("username", "household_runtime") : SECRETS.named(name);

        assertThatThrownBy(() -> KubernetesEnvironment.of(MANIFEST, "household-service", "household-service", withoutPassword))
                .hasMessageContaining("household-db-runtime has no key password");
    }
}
