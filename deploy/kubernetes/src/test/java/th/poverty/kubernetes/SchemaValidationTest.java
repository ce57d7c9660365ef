package th.poverty.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every object of every overlay against the Kubernetes API and the operators' CRD schemas. */
class SchemaValidationTest {

    private static final ApiSchemas SCHEMAS = ApiSchemas.bundled();

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void everyObjectIsValid(String overlay) {
        List<String> errors = Overlays.render(overlay).objects().stream()
                .flatMap(object -> SCHEMAS.validate(object).stream()
                        .map(error -> object.path("kind").asText() + " " + object.path("metadata").path("name").asText() + ": " + error))
                .toList();

        assertThat(errors).isEmpty();
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("Deployment", "household-service", "a misspelt probe field",
                        o -> container(o).set("livenesProbe", container(o).get("livenessProbe"))),
                mistake("Deployment", "household-service", "a container without a name",
                        o -> container(o).remove("name")),
                mistake("Service", "team-service", "a port number as text",
                        o -> ((ObjectNode) o.at("/spec/ports/0")).put("port", "8080")),
                mistake("KafkaTopic", "household.events", "no partitions at all",
                        o -> ((ObjectNode) o.get("spec")).put("partitions", 0)),
                mistake("KafkaUser", "team-service", "an ACL operation Kafka does not have",
                        o -> ((ArrayNode) o.at("/spec/authorization/acls/0/operations")).add("Publish")),
                mistake("Kafka", "poverty-kafka", "a field of the old v1beta2 API",
                        o -> ((ObjectNode) o.get("spec")).putObject("zookeeper")),
                mistake("Cluster", "plan-db", "a database without its instance count",
                        o -> ((ObjectNode) o.get("spec")).remove("instances")),
                mistake("ServiceMonitor", "plan-service", "a scrape interval Prometheus cannot parse",
                        o -> ((ObjectNode) o.at("/spec/endpoints/0")).put("interval", "30 seconds")),
                mistake("ConfigMap", "plan-service-config", "a label that is not a string",
                        o -> ((ObjectNode) o.at("/metadata/labels")).putArray("app")),
                mistake("ScheduledBackup", "plan-db-nightly", "a backup method CloudNativePG does not have",
                        o -> ((ObjectNode) o.get("spec")).put("method", "pg_dump")));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("mistakes")
    void theValidatorRefuses(String kind, String name, String mistake, Consumer<ObjectNode> change) {
        ObjectNode object = Overlays.production().get(kind, name).deepCopy();
        assertThat(SCHEMAS.validate(object)).isEmpty();

        change.accept(object);

        assertThat(SCHEMAS.validate(object)).as(mistake).isNotEmpty();
    }

    private static Arguments mistake(String kind, String name, String mistake, Consumer<ObjectNode> change) {
        return Arguments.of(kind, name, mistake, change);
    }

    private static ObjectNode container(ObjectNode deployment) {
        return (ObjectNode) deployment.at("/spec/template/spec/containers/0");
    }
}
