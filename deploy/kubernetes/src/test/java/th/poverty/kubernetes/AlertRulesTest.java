package th.poverty.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What pages an operator, in every overlay, and what the dashboards draw: every alert the system
 * needs is there, and every expression names a metric that a service or the Kafka exporter
 * really exposes (listed below from the code that registers it), so no alert waits on a name
 * nobody publishes.
 */
class AlertRulesTest {

    /** Metrics the services register through Micrometer (Prometheus name, the name in the code). */
    static final Map<String, String> SERVICE_METRICS = Map.ofEntries(
            Map.entry("eventstore_outbox_lag", "eventstore.outbox.lag"),
            Map.entry("eventstore_outbox_oldest_age_milliseconds", "eventstore.outbox.oldest.age"),
            Map.entry("eventstore_outbox_parked", "eventstore.outbox.parked"),
            Map.entry("eventstore_events_appended_total", "eventstore.events.appended"),
            Map.entry("eventstore_events_published_total", "eventstore.events.published"),
            Map.entry("inbox_events_handled_total", "inbox.events.handled"),
            Map.entry("inbox_events_held_total", "inbox.events.held"),
            Map.entry("inbox_events_dead_lettered_total", "inbox.events.dead.lettered"),
            Map.entry("web_admission_refused_total", "web.admission.refused"),
            Map.entry("web_rate_limit_refused_total", "web.rate.limit.refused"),
            Map.entry("web_security_refusals_total", "web.security.refusals"));
    /**
     * Quarkus's own HTTP server timer (quarkus-micrometer, which platform/eventstore brings every
     * service); its _bucket series come from platform/web's LatencyBuckets.
     */
    static final Set<String> QUARKUS_METRICS = Set.of("http_server_requests_seconds_count", "http_server_requests_seconds_sum",
            "http_server_requests_seconds_max", "http_server_requests_seconds_bucket");
    /** Strimzi's Kafka exporter (kafkaExporter in kafka.yaml). */
    static final Set<String> EXPORTER_METRICS = Set.of("kafka_consumergroup_lag", "kafka_brokers",
            "kafka_topic_partition_current_offset", "kafka_topic_partition_under_replicated_partition");

    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "and", "or", "unless", "bool", "offset", "inf", "nan");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void everyFailureTheOperatorsMustKnowRaisesAnAlert(String name) {
        Map<String, JsonNode> alerts = alerts(Overlays.render(name));

        assertThat(alerts.get("EventsNotPublished").path("expr").asText())
                .contains("max by (namespace, job) (eventstore_outbox_oldest_age_milliseconds)");
        assertThat(alerts.get("OutboxBacklog").path("expr").asText()).contains("eventstore_outbox_lag");
        assertThat(alerts.get("EventsParked").path("expr").asText()).contains("eventstore_outbox_parked");
        assertThat(alerts.get("HouseholdsHeldByAConsumer").path("expr").asText()).contains("inbox_events_held_total");
        assertThat(alerts.get("ConsumerLagging").path("expr").asText()).contains("kafka_consumergroup_lag");
        assertThat(alerts.get("EventsDeadLettered").path("expr").asText()).contains("inbox_events_dead_lettered_total");
        assertThat(alerts.get("ServerErrors").path("expr").asText()).contains("status=~\"5..\"");
        assertThat(alerts.get("SlowResponses").path("expr").asText()).contains("histogram_quantile(0.99");
        assertThat(alerts.values()).allSatisfy(alert -> {
            assertThat(alert.at("/labels/severity").asText()).isIn("warning", "critical");
            assertThat(alert.at("/annotations/summary").asText()).isNotBlank();
        });
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void everyAlertNamesAMetricSomethingExposes(String name) {
        Set<String> exposed = exposed();

        assertThat(alerts(Overlays.render(name)).values()).allSatisfy(alert ->
                assertThat(metrics(alert.path("expr").asText())).as(alert.path("alert").asText()).isNotEmpty().isSubsetOf(exposed));
    }

    @Test
    void everyAlertHasItsSectionInTheOperationsGuide() throws IOException {
        String guide = Files.readString(Path.of("..", "..", "docs", "operations.md"));

        assertThat(alerts(Overlays.production()).keySet()).allSatisfy(alert -> assertThat(guide).contains("### " + alert));
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void everyDashboardParsesAndDrawsExposedMetrics(String name) {
        Set<String> exposed = exposed();
        List<JsonNode> dashboards = Overlays.render(name).ofKind("ConfigMap")
                .filter(map -> map.at("/metadata/labels/grafana_dashboard").isTextual())
                .flatMap(map -> map.path("data").properties().stream().map(entry -> parse(entry.getValue().asText())))
                .toList();

        assertThat(dashboards).hasSize(3).allSatisfy(dashboard -> {
            assertThat(dashboard.path("uid").asText()).isNotBlank();
            assertThat(dashboard.path("title").asText()).isNotBlank();
            List<JsonNode> targets = Overlays.stream(dashboard.path("panels")).flatMap(panel -> Overlays.stream(panel.path("targets"))).toList();
            assertThat(targets).isNotEmpty().allSatisfy(target ->
                    assertThat(metrics(target.path("expr").asText())).as(target.path("expr").asText()).isNotEmpty().isSubsetOf(exposed));
        });
        assertThat(dashboards).extracting(dashboard -> dashboard.path("uid").asText()).doesNotHaveDuplicates();
    }

    @Test
    void theMetricsListedAreTheOnesTheCodeRegisters() throws IOException {
        String platform;
        try (Stream<Path> files = Files.walk(Path.of("..", "..", "platform"))) {
            platform = files.filter(file -> file.toString().endsWith(".java") && file.toString().contains("src/main/java"))
                    .map(AlertRulesTest::read).collect(Collectors.joining("\n"));
        }
        SERVICE_METRICS.forEach((prometheus, micrometer) ->
                assertThat(platform).as(prometheus).contains("\"" + micrometer + "\""));
        assertThat(read(Path.of("..", "..", "platform", "eventstore", "pom.xml"))).contains("quarkus-micrometer-registry-prometheus");
        assertThat(Overlays.production().get("Kafka", "poverty-kafka").at("/spec/kafkaExporter").isObject())
                .as("the exporter the consumer-lag metrics come from").isTrue();
        assertThat(Overlays.production().ofKind("PodMonitor")).anySatisfy(monitor ->
                assertThat(monitor.at("/spec/selector/matchLabels/strimzi.io~1name").asText()).isEqualTo("poverty-kafka-kafka-exporter"));
    }

    @Test
    void theMetricReaderFindsNamesNotFunctionsOrLabels() {
        assertThat(metrics("histogram_quantile(0.99, sum by (namespace, job, le) (rate(http_server_requests_seconds_bucket{uri!~\"/q/.*\"}[5m]))) > 2"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(metrics("sum by (job) (rate(a_total{job=~\"$job\"}[$__rate_interval])) / sum(b_total) > 0.05"))
                .containsExactly("a_total", "b_total");
    }

    /** The metric names a PromQL expression reads: identifiers that are not functions, labels, keywords or durations. */
    static Set<String> metrics(String expression) {
        String bare = expression.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("\\{[^}]*}", "")
                .replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "");
        Set<String> names = new LinkedHashSet<>();
        Matcher identifier = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(\\s*\\()?").matcher(bare);
        while (identifier.find()) {
            String token = identifier.group();
            if (!token.endsWith("(") && !PROMQL_WORDS.contains(token)) {
                names.add(token.trim());
            }
        }
        return names;
    }

    private static Set<String> exposed() {
        return Stream.of(SERVICE_METRICS.keySet(), QUARKUS_METRICS, EXPORTER_METRICS).flatMap(Set::stream).collect(Collectors.toSet());
    }

    private static Map<String, JsonNode> alerts(Overlays overlay) {
        return overlay.ofKind("PrometheusRule")
                .flatMap(rule -> Overlays.stream(rule.at("/spec/groups")))
                .flatMap(group -> Overlays.stream(group.path("rules")))
                .filter(rule -> rule.has("alert"))
                .collect(Collectors.toMap(rule -> rule.path("alert").asText(), rule -> rule));
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("a dashboard is not JSON: " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
