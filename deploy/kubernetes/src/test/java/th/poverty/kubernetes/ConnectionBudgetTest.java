package th.poverty.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Each database holds every connection its service can open at the most pods it can run: the
 * autoscaler's maximum plus the one a rolling update adds, each with its full reactive and JDBC
 * pools (the service's application.properties, %prod first, unless the Deployment's environment
 * sets them), within max_connections less the superuser reserve and a margin for the operator,
 * the metrics exporter and a person at psql.
 */
class ConnectionBudgetTest {

    /** Connections kept for CloudNativePG's instance manager, the exporter and people. */
    static final int MARGIN = 10;

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void everyDatabaseHoldsItsServiceAtTheMostPods(String name) {
        Overlays overlay = Overlays.render(name);

        for (Service service : Service.values()) {
            int pods = overlay.get("HorizontalPodAutoscaler", service.id).at("/spec/maxReplicas").asInt()
                    + overlay.get("Deployment", service.id).at("/spec/strategy/rollingUpdate/maxSurge").asInt();
            int perPod = poolSize(overlay, service, "REACTIVE") + poolSize(overlay, service, "JDBC");
            JsonNode parameters = overlay.get("Cluster", service.cluster()).at("/spec/postgresql/parameters");
            int maxConnections = Integer.parseInt(parameters.path("max_connections").asText("100"));
            int reserved = Integer.parseInt(parameters.path("superuser_reserved_connections").asText("3"));

            assertThat(pods * perPod).as("%s: %d pods x %d connections", service.id, pods, perPod)
                    .isLessThanOrEqualTo(maxConnections - reserved - MARGIN);
        }
    }

    /** The pool's maximum: the Deployment's env, then its ConfigMap, then application.properties. */
    static int poolSize(Overlays overlay, Service service, String pool) {
        String variable = "QUARKUS_DATASOURCE_" + pool + "_MAX_SIZE";
        ObjectNode deployment = overlay.get("Deployment", service.id);
        for (JsonNode env : deployment.at("/spec/template/spec/containers/0/env")) {
            if (env.path("name").asText().equals(variable)) {
                return env.path("value").asInt();
            }
        }
        JsonNode config = overlay.get("ConfigMap", service.id + "-config").path("data");
        if (config.has(variable)) {
            return Integer.parseInt(config.get(variable).asText());
        }
        Properties properties = properties(service);
        String key = "quarkus.datasource." + pool.toLowerCase() + ".max-size";
        String value = properties.getProperty("%prod." + key, properties.getProperty(key));
        assertThat(value).as(service.id + " sets " + key).isNotNull();
        return Integer.parseInt(value.trim());
    }

    private static Properties properties(Service service) {
        Path file = Path.of("..", "..", service.id, "src", "main", "resources", "application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
