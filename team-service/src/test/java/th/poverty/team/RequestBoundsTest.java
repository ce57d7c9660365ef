package th.poverty.team;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import th.poverty.team.team.TeamResource;
import th.poverty.testing.access.RequestBounds;

class RequestBoundsTest {

    @Test
    void everyTextAndListARequestCarriesIsBounded() {
        assertThat(RequestBounds.unbounded(TeamResource.class, "th.poverty.team")).isEmpty();
    }
}
