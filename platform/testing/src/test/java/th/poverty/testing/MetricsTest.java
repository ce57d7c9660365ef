package th.poverty.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final String EXPOSITION = """
            # TYPE inbox_events_handled_total counter
            inbox_events_handled_total{consumer="household-incomes",service="household-service"} 2.0 # {span_id="00f067aa0ba902b7",trace_id="4bf92f3577b34da6a3ce929d0e0e4736"} 1.0 1796615100.123
            inbox_events_handled_total{consumer="household-agencies",service="household-service"} 5.0
            web_rate_limit_clients 3.0
            """;

    @Test
    void aSampleIsReadPastItsExemplarAndByItsLabels() {
        assertThat(Metrics.sample(EXPOSITION, "inbox_events_handled_total", "consumer=\"household-incomes\"")).hasValue(2.0);
        assertThat(Metrics.sample(EXPOSITION, "inbox_events_handled_total", "consumer=\"household-agencies\"")).hasValue(5.0);
        assertThat(Metrics.sample(EXPOSITION, "web_rate_limit_clients")).hasValue(3.0);
    }

    @Test
    void aSampleNotThereIsEmpty() {
        assertThat(Metrics.sample(EXPOSITION, "inbox_events_handled_total", "consumer=\"team\"")).isEmpty();
        assertThat(Metrics.sample(EXPOSITION, "inbox_events_handled")).isEmpty();
    }
}
