package th.poverty.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import th.poverty.testing.access.RequestBounds;

class RequestBoundsTest {

    @Test
    void everyTextAndListARequestCarriesIsBounded() {
        assertThat(RequestBounds.unbounded(HouseholdResource.class, "th.poverty.household")).isEmpty();
    }
}
