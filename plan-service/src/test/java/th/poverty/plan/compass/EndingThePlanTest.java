package th.poverty.plan.compass;

import static org.assertj.core.api.Assertions.assertThat;
import static th.poverty.plan.compass.PlanScenario.DRAFTED_ON;
import static th.poverty.plan.compass.PlanScenario.SIGNED_ON;
import static th.poverty.plan.compass.PlanScenario.TODAY;
import static th.poverty.plan.compass.PlanScenario.accepted;
import static th.poverty.plan.compass.PlanScenario.agreed;
import static th.poverty.plan.compass.PlanScenario.drafted;
import static th.poverty.plan.compass.PlanScenario.refused;

import org.junit.jupiter.api.Test;

import th.poverty.plan.compass.PlanCommand.ClosePlan;
import th.poverty.plan.compass.PlanCommand.CompletePlan;
import th.poverty.plan.compass.PlanEvent.PlanClosed;
import th.poverty.plan.compass.PlanEvent.PlanCompleted;

class EndingThePlanTest {

    @Test
    void anAgreedPlanIsCompletedOnceBetweenTheMouAndToday() {
        var plan = agreed();

        assertThat(accepted(plan.when(new CompletePlan(TODAY)), PlanCompleted.class).planVersion()).isEqualTo(1);
        refused(plan.when(new CompletePlan(SIGNED_ON.minusDays(1))), "before-agreement");
        refused(plan.when(new CompletePlan(TODAY.plusDays(1))), "date-in-future");
        plan.and(new CompletePlan(TODAY));
        assertThat(plan.state().status()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(plan.state().endedOn()).isEqualTo(TODAY);
        refused(plan.when(new CompletePlan(TODAY)), "plan-completed");
        refused(plan.when(new ClosePlan(TODAY, PlanClosure.REPLACED, "แผนปีหน้า")), "plan-completed");
    }

    @Test
    void aDraftOrAgreedPlanIsClosedWithAReason() {
        var draft = drafted();

        assertThat(refused(draft.when(new ClosePlan(TODAY, PlanClosure.HOUSEHOLD_WITHDREW, "")), "reason-required").field())
                .isEqualTo("reason");
        refused(draft.when(new ClosePlan(DRAFTED_ON.minusDays(1), PlanClosure.HOUSEHOLD_WITHDREW, "ขอยุติ")),
                "before-drafting");
        assertThat(refused(draft.when(new ClosePlan(TODAY.plusDays(1), PlanClosure.HOUSEHOLD_WITHDREW, "ขอยุติ")),
                "date-in-future").field()).isEqualTo("closedOn");
        assertThat(accepted(draft.when(new ClosePlan(TODAY, PlanClosure.HOUSEHOLD_WITHDREW, "ขอยุติ")), PlanClosed.class)
                .closure()).isEqualTo(PlanClosure.HOUSEHOLD_WITHDREW);
        var closed = agreed().and(new ClosePlan(TODAY, PlanClosure.REPLACED, "จัดทำแผนใหม่"));
        assertThat(closed.state().status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(closed.state().closure()).isEqualTo(PlanClosure.REPLACED);
        refused(closed.when(new ClosePlan(TODAY, PlanClosure.REPLACED, "อีกครั้ง")), "plan-closed");
    }
}
