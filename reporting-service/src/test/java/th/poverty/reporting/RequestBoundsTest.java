package th.poverty.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import th.poverty.reporting.timeline.TimelineResource;
import th.poverty.testing.access.RequestBounds;

class RequestBoundsTest {

    @Test
    void everyTextAndListARequestCarriesIsBounded() {
        assertThat(RequestBounds.unbounded(TimelineResource.class, "th.poverty.reporting")).isEmpty();
    }
}
