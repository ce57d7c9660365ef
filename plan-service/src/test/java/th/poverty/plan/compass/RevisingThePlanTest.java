package th.poverty.plan.compass;

import static org.assertj.core.api.Assertions.assertThat;
import static th.poverty.plan.compass.PlanScenario.TODAY;
import static th.poverty.plan.compass.PlanScenario.accepted;
import static th.poverty.plan.compass.PlanScenario.activity;
import static th.poverty.plan.compass.PlanScenario.agreed;
import static th.poverty.plan.compass.PlanScenario.drafted;
import static th.poverty.plan.compass.PlanScenario.refused;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.plan.compass.Change.Kind;
import th.poverty.plan.compass.PlanCommand.ClosePlan;
import th.poverty.plan.compass.PlanCommand.CompletePlan;
import th.poverty.plan.compass.PlanCommand.RevisePlan;
import th.poverty.plan.compass.PlanEvent.PlanRevised;

class RevisingThePlanTest {

    private static final Activity CHICKENS = activity(ActivityPart.HOUSEHOLD, ActivityKind.GROW_FOOD, "เลี้ยงไก่ไข่");

    /** The current content with the first activity reworded, the last removed and a new one added. */
    private static PlanContent reworked(PlanContent current) {
        List<Activity> activities = new ArrayList<>(current.activities());
        Activity first = activities.getFirst();
        activities.set(0, new Activity(first.activityId(), first.part(), first.kind(), "จดบัญชีทุกวันและสรุปทุกสิ้นเดือน",
                null, null, null, null));
        activities.removeLast();
        activities.add(CHICKENS);
        return current.withActivities(activities);
    }

    @Test
    void aRevisionIsANewVersionWithItsReasonAndWhatChanged() {
        var plan = agreed();

        PlanRevised revised = accepted(plan.when(new RevisePlan("ครัวเรือนขอเลี้ยงไก่แทนรับกี่ทอผ้า",
                reworked(plan.state().content()))), PlanRevised.class);

        assertThat(revised.planVersion()).isEqualTo(2);
        assertThat(revised.reason()).isEqualTo("ครัวเรือนขอเลี้ยงไก่แทนรับกี่ทอผ้า");
        assertThat(revised.changes()).containsExactly(
                Change.removed("activities[A3]", "AGENCY/OCCUPATION_SUPPORT: ส่งเสริมการทอผ้า"),
                Change.changed("activities[A1].description", "จดบัญชีรายรับรายจ่ายทุกวัน", "จดบัญชีทุกวันและสรุปทุกสิ้นเดือน"),
                Change.added("activities[A4]", "HOUSEHOLD/GROW_FOOD: เลี้ยงไก่ไข่"));
        assertThat(revised.content().activities()).extracting(Activity::activityId).containsExactly("A1", "A2", "A4");
    }

    @Test
    void theIdOfARemovedActivityIsNeverGivenAgain() {
        var plan = agreed();
        plan.and(new RevisePlan("ไม่รับกี่ทอผ้า", plan.state().content().withActivities(
                plan.state().content().activities().subList(0, 2))));

        PlanRevised revised = accepted(plan.when(new RevisePlan("เพิ่มเลี้ยงไก่", plan.state().content().withActivities(
                List.of(plan.state().content().activities().get(0), plan.state().content().activities().get(1), CHICKENS)))),
                PlanRevised.class);

        assertThat(revised.changes()).containsExactly(Change.added("activities[A4]", "HOUSEHOLD/GROW_FOOD: เลี้ยงไก่ไข่"));
    }

    @Test
    void aRevisionChangesSomethingAndSaysWhy() {
        var plan = agreed();
        PlanContent same = plan.state().content();

        assertThat(refused(plan.when(new RevisePlan("ทบทวนประจำปี", same)), "nothing-changed").field()).isEqualTo("content");
        assertThat(refused(plan.when(new RevisePlan(" ", reworked(same))), "reason-required").field()).isEqualTo("reason");
        assertThat(refused(plan.when(new RevisePlan(null, reworked(same))), "reason-required").field()).isEqualTo("reason");
    }

    @Test
    void aRevisionKeepsToTheRulesOfAPlan() {
        var plan = agreed();
        PlanContent current = plan.state().content();
        Activity first = current.activities().getFirst();
        var twice = current.withActivities(List.of(first, first));
        var stranger = current.withActivities(List.of(new Activity("A9", ActivityPart.HOUSEHOLD, null, "x", null, null, null,
                null)));
        var misplaced = current.withActivities(List.of(activity(ActivityPart.AGENCY, ActivityKind.SAVE, "ออมเงิน")));

        refused(plan.when(new RevisePlan("ซ้ำ", twice)), "duplicate-activity");
        refused(plan.when(new RevisePlan("ไม่มี", stranger)), "unknown-activity");
        refused(plan.when(new RevisePlan("ผิดส่วน", misplaced)), "activity-outside-its-part");
    }

    @Test
    void aDraftIsRevisedTooAndEveryVersionCounts() {
        var plan = drafted();
        plan.and(new RevisePlan("ปรับก่อนลงนาม", reworked(plan.state().content())));

        assertThat(plan.state().status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.state().planVersion()).isEqualTo(2);
    }

    @Test
    void changesAreMatchedByActivityNotByPosition() {
        var plan = agreed();
        List<Activity> reversed = new ArrayList<>(plan.state().content().activities());
        Collections.reverse(reversed);

        refused(plan.when(new RevisePlan("เรียงใหม่", plan.state().content().withActivities(reversed))), "nothing-changed");
        assertThat(PlanChanges.between(plan.state().content(), reworked(plan.state().content())))
                .extracting(Change::kind).containsExactly(Kind.REMOVED, Kind.CHANGED, Kind.ADDED);
    }

    @Test
    void aFinishedPlanIsNotRevised() {
        var completed = agreed().and(new CompletePlan(TODAY));
        var closed = agreed().and(new ClosePlan(TODAY, PlanClosure.HOUSEHOLD_WITHDREW, "ครัวเรือนขอยุติ"));

        refused(completed.when(new RevisePlan("x", reworked(completed.state().content()))), "plan-completed");
        refused(closed.when(new RevisePlan("x", reworked(closed.state().content()))), "plan-closed");
    }

    @Test
    void thePlanOfAClosedHouseholdCanOnlyBeClosed() {
        var plan = agreed().householdNow("CLOSED");

        refused(plan.when(new RevisePlan("x", reworked(plan.state().content()))), "household-closed");
        accepted(plan.when(new ClosePlan(TODAY, PlanClosure.HOUSEHOLD_LEFT, "ย้ายไปกรุงเทพฯ")), PlanEvent.PlanClosed.class);
    }
}
