package th.poverty.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** What pages an operator, in every overlay: events that stop flowing, and events set aside. */
class AlertRulesTest {

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void publishingThatStallsOrParksEventsRaisesAnAlert(String name) {
        Overlays overlay = Overlays.render(name);

        Map<String, JsonNode> alerts = overlay.ofKind("PrometheusRule")
                .flatMap(rule -> Overlays.stream(rule.at("/spec/groups")))
                .flatMap(group -> Overlays.stream(group.path("rules")))
                .filter(rule -> rule.has("alert"))
                .collect(Collectors.toMap(rule -> rule.path("alert").asText(), rule -> rule));
        assertThat(alerts.get("EventsNotPublished").path("expr").asText())
                .contains("max by (namespace, job) (eventstore_outbox_oldest_age_milliseconds)");
        assertThat(alerts.get("EventsParked").path("expr").asText()).contains("eventstore_outbox_parked");
        assertThat(alerts.get("HouseholdsHeldByAConsumer").path("expr").asText()).contains("inbox_events_held_total");
    }
}
