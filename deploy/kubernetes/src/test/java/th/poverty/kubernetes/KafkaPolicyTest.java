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
        assertThat(Overlays.production().ofKind("KafkaTopic")).hasSize(8).allSatisfy(topic -> {
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
