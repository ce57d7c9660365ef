package th.poverty.plan.households;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.area.AreaPath;

class PlanEligibilityTest {

    private static PlanHousehold household(String status, boolean causesRecorded, boolean causesAcknowledged) {
        return new PlanHousehold("h-1", new AreaPath("24", "2401", "240101", "24010101"), status,
                "CLASSIFIED".equals(status) ? CareGroup.WELFARE : null, causesRecorded, causesAcknowledged);
    }

    private static List<String> missing(PlanEligibility.Verdict verdict) {
        return verdict.missing().stream().map(PlanEligibility.Missing::code).toList();
    }

    @Test
    void aCompassFollowsStepOneClassifiedWithItsCausesRecordedAndAcknowledged() {
        assertThat(PlanEligibility.of(household("CLASSIFIED", true, true)).eligible()).isTrue();

        var notYet = PlanEligibility.of(household("IDENTIFIED", false, false));
        assertThat(notYet.eligible()).isFalse();
        assertThat(missing(notYet)).containsExactly("household-not-classified", "causes-not-recorded");
        assertThat(notYet.code()).isEqualTo("household-not-classified");

        var unacknowledged = PlanEligibility.of(household("CLASSIFIED", true, false));
        assertThat(unacknowledged.eligible()).isFalse();
        assertThat(unacknowledged.code()).isEqualTo("causes-not-acknowledged");
        assertThat(unacknowledged.reason()).contains("acknowledged");
        assertThat(missing(PlanEligibility.of(household("CLASSIFIED", false, false)))).containsExactly("causes-not-recorded");
    }

    @Test
    void neverAfterTheHouseholdWasClosedOrLeftPoverty() {
        assertThat(missing(PlanEligibility.of(household("CLOSED", true, true)))).containsExactly("household-closed");
        assertThat(missing(PlanEligibility.of(household("GRADUATED", true, true)))).containsExactly("household-graduated");
    }
}
