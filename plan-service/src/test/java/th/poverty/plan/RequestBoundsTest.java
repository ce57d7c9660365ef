package th.poverty.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import th.poverty.plan.compass.PlanResource;
import th.poverty.testing.access.RequestBounds;

class RequestBoundsTest {

    @Test
    void everyTextAndListARequestCarriesIsBounded() {
        assertThat(RequestBounds.unbounded(PlanResource.class, "th.poverty.plan")).isEmpty();
    }
}
