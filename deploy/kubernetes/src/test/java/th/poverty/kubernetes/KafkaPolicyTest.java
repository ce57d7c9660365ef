package th.poverty.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Topics, users and ACLs: each service reaches its own topics and group, and nothing else. */
class KafkaPolicyTest {

    @Test
    void productionTopicsSurviveABrokerLost() {
        assertThat(Overlays.production().ofKind("KafkaTopic")).hasSize(9).allSatisfy(topic -> {
            assertThat(topic.at("/spec/partitions").asInt()).isPositive();
            assertThat(topic.at("/spec/replicas").asInt()).isEqualTo(3);
            assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).isEqualTo(2);
        });
        JsonNode broker = Overlays.production().get("Kafka", "poverty-kafka").at("/spec/kafka/config");
        assertThat(broker.path("default.replication.factor").asInt()).isEqualTo(3);
        assertThat(broker.path("min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(broker.path("transaction.state.log.min.isr").asInt()).isEqualTo(2);
    }

    /** The event store's default limit (256 KiB) and the headroom it gives a record (EventStoreConfig.recordLimit). */
    private static final long RECORD_LIMIT = 256 * 1024 + 64 * 1024;

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void everyTopicTakesEveryEventTheStoreTakes(String name) {
        assertThat(Overlays.render(name).ofKind("KafkaTopic")).allSatisfy(topic -> assertThat(
                topic.at("/spec/config/max.message.bytes").asLong()).as(topic.at("/metadata/name").asText())
                .isEqualTo(RECORD_LIMIT));
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void domainTopicsAreKeptForeverAndEveryTopicHasARetention(String name) {
        Overlays overlay = Overlays.render(name);

        for (String topic : Service.domainTopics()) {
            assertThat(overlay.get("KafkaTopic", topic).at("/spec/config/retention.ms").asLong()).isEqualTo(-1);
        }
        assertThat(overlay.ofKind("KafkaTopic")).allSatisfy(topic -> assertThat(
                topic.at("/spec/config").has("retention.ms") || topic.at("/spec/config/cleanup.policy").asText().equals("compact"))
                .as(topic.at("/metadata/name").asText()).isTrue());
    }

    /** reporting-service's ClosedReport.RETENTION: ten years at their longest (its ReportRetentionTest reads the base). */
    private static final long CLOSED_REPORTS_KEPT = Duration.ofDays(3653).toMillis();

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void closedMonthlyReportsAreKeptTenYearsInEveryOverlay(String name) {
        assertThat(Overlays.render(name).get("KafkaTopic", "reporting.monthly-reports").at("/spec/config/retention.ms").asLong())
                .isEqualTo(CLOSED_REPORTS_KEPT);
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void runsInKraftModeWithAuthenticatedAuthorizedClients(String name) {
        Overlays overlay = Overlays.render(name);
        ObjectNode kafka = overlay.get("Kafka", "poverty-kafka");

        assertThat(kafka.at("/spec/kafka/authorization/type").asText()).isEqualTo("simple");
        assertThat(Overlays.stream(kafka.at("/spec/kafka/listeners")))
                .allSatisfy(listener -> assertThat(listener.at("/authentication/type").asText()).isEqualTo("scram-sha-512"));
        assertThat(kafka.at("/spec/kafka/config/auto.create.topics.enable").asBoolean(true)).isFalse();
        Set<String> roles = overlay.ofKind("KafkaNodePool")
                .flatMap(pool -> Overlays.stream(pool.at("/spec/roles")).map(JsonNode::asText)).collect(Collectors.toSet());
        assertThat(roles).as("KRaft controllers beside the brokers").containsExactlyInAnyOrder("controller", "broker");
        for (Service service : Service.values()) {
            assertThat(overlay.get("KafkaUser", service.id).at("/spec/authentication/type").asText()).isEqualTo("scram-sha-512");
            assertThat(overlay.get("ConfigMap", service.id + "-config").at("/data/KAFKA_SASL_MECHANISM").asText()).isEqualTo("SCRAM-SHA-512");
        }
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void everyTopicHasAWriterAndOnlyItsOwnerWritesIt(String name) {
        Overlays overlay = Overlays.render(name);

        for (ObjectNode topic : overlay.ofKind("KafkaTopic").toList()) {
            String topicName = topic.at("/metadata/name").asText();
            List<String> writers = Stream.of(Service.values())
                    .filter(service -> allowed(overlay, service, "topic", topicName, "Write")).map(service -> service.id).toList();
            List<String> owners = Stream.of(Service.values())
                    .filter(service -> service.writes().contains(topicName)).map(service -> service.id).toList();
            assertThat(writers).as(topicName).isNotEmpty().containsExactlyInAnyOrderElementsOf(owners);
        }
        for (Service service : Service.values()) {
            assertThat(acls(overlay, service).filter(acl -> operations(acl).contains("Write") && acl.at("/resource/type").asText().equals("topic"))
                    .map(acl -> acl.at("/resource/name").asText()))
                    .as(service.id + " writes only its own topics and its dead letters")
                    .containsExactlyInAnyOrderElementsOf(service.writes());
        }
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void consumersReadWhatTheyConsumeInTheirOwnGroup(String name) {
        Overlays overlay = Overlays.render(name);

        for (Service service : Service.values()) {
            Set<String> read = acls(overlay, service).filter(acl -> operations(acl).contains("Read"))
                    .map(acl -> acl.at("/resource/type").asText() + ":" + acl.at("/resource/name").asText())
                    .collect(Collectors.toSet());
            Set<String> expected = Stream.concat(service.consumes.stream().map(topic -> "topic:" + topic),
                    service.consumes.isEmpty() ? Stream.empty() : Stream.of("group:" + service.id)).collect(Collectors.toSet());
            assertThat(read).as(service.id).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void eachRelayOwnsItsTransactionalId(String name) {
        Overlays overlay = Overlays.render(name);

        for (Service service : Service.values()) {
            var transactional = acls(overlay, service).filter(acl -> acl.at("/resource/type").asText().equals("transactionalId"))
                    .toList();
            assertThat(transactional).extracting(acl -> acl.at("/resource/name").asText())
                    .as(service.id).containsExactlyInAnyOrderElementsOf(service.transactionalIds());
            assertThat(transactional).allSatisfy(acl -> assertThat(operations(acl)).containsExactlyInAnyOrder("Write", "Describe"));
            assertThat(acls(overlay, service)).as("literal names only: a prefix would reach other services' resources")
                    .allSatisfy(acl -> assertThat(acl.at("/resource/patternType").asText()).isEqualTo("literal"));
        }
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void eachProvincesAnalystsReadOnlyTheAnalyticsTopicsInTheirOwnGroups(String name) {
        Overlays overlay = Overlays.render(name);

        List<ObjectNode> analysts = overlay.ofKind("KafkaUser")
                .filter(user -> user.at("/metadata/labels/app").asText().equals(KafkaUsers.ANALYSTS_APP)).toList();
        assertThat(analysts).hasSize(77).allSatisfy(user -> {
            String id = user.at("/metadata/name").asText();
            assertThat(user.at("/spec/authentication/type").asText()).isEqualTo("scram-sha-512");
            List<JsonNode> acls = Overlays.stream(user.at("/spec/authorization/acls")).toList();
            assertThat(acls).allSatisfy(acl -> assertThat(acl.path("type").asText("allow")).isEqualTo("allow"));
            assertThat(acls.stream().filter(acl -> acl.at("/resource/type").asText().equals("topic")))
                    .allSatisfy(acl -> {
                        assertThat(acl.at("/resource/patternType").asText()).isEqualTo("literal");
                        assertThat(operations(acl)).containsExactlyInAnyOrder("Read", "Describe");
                    })
                    .extracting(acl -> acl.at("/resource/name").asText())
                    .containsExactlyInAnyOrderElementsOf(Service.analyticsTopics());
            assertThat(acls.stream().filter(acl -> !acl.at("/resource/type").asText().equals("topic"))).singleElement()
                    .satisfies(group -> {
                        assertThat(group.at("/resource/type").asText()).isEqualTo("group");
                        assertThat(group.at("/resource/name").asText()).as("groups named after the user").isEqualTo(id + "-");
                        assertThat(group.at("/resource/patternType").asText()).isEqualTo("prefix");
                        assertThat(operations(group)).containsExactly("Read");
                    });
        });
        for (String topic : Service.analyticsTopics()) {
            assertThat(overlay.find("KafkaTopic", topic)).as(topic).isPresent();
        }
        assertThat(overlay.get("KafkaTopic", "analytics.area-progress-history").at("/spec/config/cleanup.policy").asText())
                .as("a history, not the latest state").isEqualTo("delete");
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void analystsComeInThroughAnExternalTlsScramListener(String name) {
        ObjectNode kafka = Overlays.render(name).get("Kafka", "poverty-kafka");

        assertThat(Overlays.stream(kafka.at("/spec/kafka/listeners")).filter(listener -> !listener.path("type").asText().equals("internal")))
                .singleElement().satisfies(external -> {
                    assertThat(external.path("tls").asBoolean()).isTrue();
                    assertThat(external.at("/authentication/type").asText()).isEqualTo("scram-sha-512");
                });
    }

    /**
     * Every Kafka client of a service (SmallRye's channels, the relays, the dead letters,
     * reporting's replay) takes the default broker's kafka.* settings, which the ConfigMap and the
     * Deployment give as SASL_SSL with the service's SCRAM user: so no channel may set its own.
     */
    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void everyServiceClientConnectsWithTlsAndScram(String name) throws java.io.IOException {
        Overlays overlay = Overlays.render(name);

        for (Service service : Service.values()) {
            JsonNode config = overlay.get("ConfigMap", service.id + "-config").path("data");
            assertThat(config.path("KAFKA_SECURITY_PROTOCOL").asText()).isEqualTo("SASL_SSL");
            assertThat(config.path("KAFKA_BOOTSTRAP_SERVERS").asText()).endsWith(":9093");
            String env = overlay.get("Deployment", service.id).at("/spec/template/spec/containers/0/env").toString();
            assertThat(env).contains("KAFKA_SASL_JAAS_CONFIG", "KAFKA_SSL_TRUSTSTORE_CERTIFICATES");
            java.util.Properties properties = new java.util.Properties();
            try (var reader = java.nio.file.Files.newBufferedReader(
                    java.nio.file.Path.of("..", "..", service.id, "src", "main", "resources", "application.properties"))) {
                properties.load(reader);
            }
            assertThat(properties.stringPropertyNames()).as(service.id + ": no channel overrides the broker's security")
                    .noneMatch(key -> key.startsWith("mp.messaging.") && (key.endsWith(".security.protocol")
                            || key.contains(".sasl.") || key.contains(".ssl.") || key.endsWith(".bootstrap.servers")));
        }
    }

    private static boolean allowed(Overlays overlay, Service service, String type, String resource, String operation) {
        return acls(overlay, service).anyMatch(acl -> acl.at("/resource/type").asText().equals(type)
                && acl.at("/resource/name").asText().equals(resource) && operations(acl).contains(operation));
    }

    private static Stream<JsonNode> acls(Overlays overlay, Service service) {
        return Overlays.stream(overlay.get("KafkaUser", service.id).at("/spec/authorization/acls"))
                .filter(acl -> !acl.at("/type").asText("allow").equals("deny"));
    }

    private static List<String> operations(JsonNode acl) {
        return Overlays.stream(acl.path("operations")).map(JsonNode::asText).toList();
    }
}
