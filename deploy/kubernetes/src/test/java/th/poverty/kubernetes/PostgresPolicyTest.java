package th.poverty.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One CloudNativePG cluster per service database, reached only by its service, backed up in production. */
class PostgresPolicyTest {

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void eachServiceUsesItsOwnClusterWithTheOperatorsCredentials(String name) {
        Overlays overlay = Overlays.render(name);

        assertThat(overlay.ofKind("Cluster")).hasSize(Service.values().length);
        for (Service service : Service.values()) {
            ObjectNode cluster = overlay.get("Cluster", service.cluster());
            assertThat(cluster.at("/spec/bootstrap/initdb/database").asText()).isEqualTo(service.database);
            JsonNode config = overlay.get("ConfigMap", service.id + "-config").path("data");
            String address = service.cluster() + "-rw:5432/" + service.database;
            assertThat(config.path("QUARKUS_DATASOURCE_REACTIVE_URL").asText()).isEqualTo("postgresql://" + address);
            assertThat(config.path("QUARKUS_DATASOURCE_JDBC_URL").asText()).startsWith("jdbc:postgresql://" + address + "?sslmode=verify-full");
            ObjectNode deployment = overlay.get("Deployment", service.id);
            assertThat(secretsOf(deployment.at("/spec/template/spec/containers/0")))
                    .containsEntry("QUARKUS_DATASOURCE_USERNAME", service.cluster() + "-runtime/username")
                    .containsEntry("QUARKUS_DATASOURCE_PASSWORD", service.cluster() + "-runtime/password")
                    .containsEntry("KAFKA_SASL_JAAS_CONFIG", service.id + "/sasl.jaas.config")
                    .doesNotContainValue(service.cluster() + "-app/password");
        }
    }

    /** The owner runs the migrations in an init container; the service runs as a role that cannot alter the history. */
    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void onlyTheMigrationStepHoldsTheOwnersPassword(String name) {
        Overlays overlay = Overlays.render(name);

        for (Service service : Service.values()) {
            JsonNode pod = overlay.get("Deployment", service.id).at("/spec/template/spec");
            JsonNode migrate = pod.at("/initContainers/0");
            assertThat(migrate.path("image").asText()).isEqualTo(pod.at("/containers/0/image").asText());
            assertThat(plainEnv(migrate)).containsEntry("QUARKUS_INIT_AND_EXIT", "true");
            assertThat(secretsOf(migrate))
                    .containsEntry("QUARKUS_FLYWAY_USERNAME", service.cluster() + "-app/username")
                    .containsEntry("QUARKUS_FLYWAY_PASSWORD", service.cluster() + "-app/password")
                    .containsEntry("QUARKUS_DATASOURCE_USERNAME", service.cluster() + "-runtime/username");
            assertThat(plainEnv(pod.at("/containers/0"))).containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "false");

            JsonNode roles = overlay.get("Cluster", service.cluster()).at("/spec/managed/roles");
            String runtime = service.database + "_runtime";
            assertThat(Overlays.stream(roles).filter(role -> role.path("name").asText().equals(runtime))).singleElement()
                    .satisfies(role -> assertThat(role.at("/passwordSecret/name").asText()).isEqualTo(service.cluster() + "-runtime"));
            assertThat(Overlays.stream(roles).filter(role -> role.path("name").asText().equals(service.database))).singleElement()
                    .satisfies(owner -> assertThat(Overlays.stream(owner.path("inRoles")).map(JsonNode::asText)).containsExactly(runtime));
        }
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void onlyItsServiceReachesADatabase(String name) {
        Overlays overlay = Overlays.render(name);

        for (Service service : Service.values()) {
            JsonNode policy = overlay.get("NetworkPolicy", service.cluster()).path("spec");
            assertThat(policy.at("/podSelector/matchLabels/cnpg.io~1cluster").asText()).isEqualTo(service.cluster());
            assertThat(Overlays.stream(policy.path("ingress")).flatMap(rule -> Overlays.stream(rule.path("from")))
                    .map(peer -> peer.at("/podSelector/matchLabels/app").asText()).filter(app -> !app.isEmpty()))
                    .containsExactly(service.id);
        }
    }

    @Test
    void productionDatabasesAreReplicatedAndBackedUp() {
        Overlays production = Overlays.production();

        for (Service service : Service.values()) {
            ObjectNode cluster = production.get("Cluster", service.cluster());
            assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(3);
            assertThat(Overlays.stream(cluster.at("/spec/plugins"))).singleElement().satisfies(plugin -> {
                assertThat(plugin.path("name").asText()).isEqualTo("barman-cloud.cloudnative-pg.io");
                assertThat(plugin.path("isWALArchiver").asBoolean()).isTrue();
                String store = plugin.at("/parameters/barmanObjectName").asText();
                assertThat(production.get("ObjectStore", store).at("/spec/retentionPolicy").asText()).isNotBlank();
            });
            assertThat(production.ofKind("ScheduledBackup").filter(backup -> backup.at("/spec/cluster/name").asText().equals(service.cluster())))
                    .singleElement().satisfies(backup -> assertThat(backup.at("/spec/method").asText()).isEqualTo("plugin"));
        }
    }

    private static Map<String, String> secretsOf(JsonNode container) {
        return Overlays.stream(container.path("env"))
                .filter(env -> env.at("/valueFrom/secretKeyRef").isObject())
                .collect(Collectors.toMap(env -> env.path("name").asText(),
                        env -> env.at("/valueFrom/secretKeyRef/name").asText() + "/" + env.at("/valueFrom/secretKeyRef/key").asText()));
    }

    private static Map<String, String> plainEnv(JsonNode container) {
        return Overlays.stream(container.path("env"))
                .filter(env -> env.has("value"))
                .collect(Collectors.toMap(env -> env.path("name").asText(), env -> env.path("value").asText()));
    }
}
