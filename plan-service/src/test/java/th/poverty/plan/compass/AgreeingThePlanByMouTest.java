package th.poverty.plan.compass;

import static org.assertj.core.api.Assertions.assertThat;
import static th.poverty.plan.compass.PlanScenario.DRAFTED_ON;
import static th.poverty.plan.compass.PlanScenario.SIGNED_ON;
import static th.poverty.plan.compass.PlanScenario.TODAY;
import static th.poverty.plan.compass.PlanScenario.accepted;
import static th.poverty.plan.compass.PlanScenario.agreed;
import static th.poverty.plan.compass.PlanScenario.content;
import static th.poverty.plan.compass.PlanScenario.drafted;
import static th.poverty.plan.compass.PlanScenario.mou;
import static th.poverty.plan.compass.PlanScenario.refused;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.plan.compass.PlanCommand.AgreePlan;
import th.poverty.plan.compass.PlanCommand.RevisePlan;
import th.poverty.plan.compass.PlanEvent.PlanAgreed;

class AgreeingThePlanByMouTest {

    private static final List<TeamSignatory> TEAM = List.of(new TeamSignatory("นายสมชาย ใจดี", "ผู้นำ อช."));

    @Test
    void theHouseholdAndTheTeamSignTheCurrentVersion() {
        PlanAgreed agreed = accepted(drafted().when(mou()), PlanAgreed.class);

        assertThat(agreed.planVersion()).isEqualTo(1);
        assertThat(agreed.householdSignatory()).isEqualTo(HouseholdSignatory.HEAD);
        assertThat(agreed.place()).isEqualTo("ศาลาประชาคมหมู่ 1");
        var state = drafted().and(mou()).state();
        assertThat(state.status()).isEqualTo(PlanStatus.AGREED);
        assertThat(state.agreement().signedOn()).isEqualTo(SIGNED_ON);
    }

    @Test
    void anAgreedPlanIsNotSignedAgainButRevised() {
        var plan = agreed();

        refused(plan.when(mou()), "already-agreed");
        plan.and(new RevisePlan("เพิ่มการเลี้ยงไก่", content(PlanScenario.activity(ActivityPart.HOUSEHOLD,
                ActivityKind.GROW_FOOD, "เลี้ยงไก่ไข่"))));
        assertThat(plan.state().status()).isEqualTo(PlanStatus.AGREED);
        assertThat(plan.state().planVersion()).isEqualTo(2);
        assertThat(plan.state().agreement().planVersion()).isEqualTo(1);
    }

    @Test
    void bothSidesSign() {
        var plan = drafted();

        assertThat(refused(plan.when(new AgreePlan(SIGNED_ON, "บ้าน", HouseholdSignatory.HEAD, false, TEAM)),
                "household-must-sign").field()).isEqualTo("householdSigned");
        assertThat(refused(plan.when(new AgreePlan(SIGNED_ON, "บ้าน", HouseholdSignatory.REPRESENTATIVE, true, List.of())),
                "team-must-sign").field()).isEqualTo("teamSignatories");
        assertThat(refused(plan.when(new AgreePlan(SIGNED_ON, " ", HouseholdSignatory.HEAD, true, TEAM)),
                "place-required").field()).isEqualTo("place");
    }

    @Test
    void theMouIsSignedBetweenTheDraftAndToday() {
        var plan = drafted();

        assertThat(refused(plan.when(new AgreePlan(TODAY.plusDays(1), "บ้าน", HouseholdSignatory.HEAD, true, TEAM)),
                "date-in-future").field()).isEqualTo("signedOn");
        refused(plan.when(new AgreePlan(DRAFTED_ON.minusDays(1), "บ้าน", HouseholdSignatory.HEAD, true, TEAM)),
                "before-drafting");
    }
}
