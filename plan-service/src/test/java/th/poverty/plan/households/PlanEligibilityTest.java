package th.poverty.plan.households;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanEligibilityTest {

    @Test
    void onlyAClassifiedHouseholdMayHaveAPlanDrafted() {
        assertThat(PlanEligibility.of("CLASSIFIED").eligible()).isTrue();
        assertThat(PlanEligibility.of("IDENTIFIED").eligible()).isFalse();
        assertThat(PlanEligibility.of("ASSESSED").reason()).contains("classify");
        assertThat(PlanEligibility.of("CLOSED").eligible()).isFalse();
        assertThat(PlanEligibility.of("GRADUATED").eligible()).isFalse();
    }
}
