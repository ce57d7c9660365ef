package th.poverty.plan.compass;

import static org.assertj.core.api.Assertions.assertThat;
import static th.poverty.plan.compass.PlanScenario.DRAFTED_ON;
import static th.poverty.plan.compass.PlanScenario.TODAY;
import static th.poverty.plan.compass.PlanScenario.accepted;
import static th.poverty.plan.compass.PlanScenario.activity;
import static th.poverty.plan.compass.PlanScenario.agency;
import static th.poverty.plan.compass.PlanScenario.content;
import static th.poverty.plan.compass.PlanScenario.household;
import static th.poverty.plan.compass.PlanScenario.refused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.domain.Decision;
import th.poverty.plan.compass.PlanEvent.PlanDrafted;
import th.poverty.plan.households.CareGroup;

class DraftingALifeCompassTest {

    private static Decision<PlanEvent> draft(String householdStatus, LocalDate draftedOn, PlanContent content) {
        return LifeCompassPlan.draft(new DraftPlan("p-1", "h-1", draftedOn, content), household(householdStatus), TODAY);
    }

    private static Decision<PlanEvent> draft(PlanContent content) {
        return draft("CLASSIFIED", DRAFTED_ON, content);
    }

    @Test
    void aClassifiedHouseholdGetsVersionOneWithItsActivitiesNumbered() {
        PlanDrafted drafted = accepted(draft(content()), PlanDrafted.class);

        assertThat(drafted.planVersion()).isEqualTo(1);
        assertThat(drafted.careGroup()).isEqualTo(CareGroup.SELF_DEVELOPING);
        assertThat(drafted.content().activities()).extracting(Activity::activityId).containsExactly("A1", "A2", "A3");
        assertThat(drafted.content().activities().get(2).budgetThb()).isEqualTo(new BigDecimal("5000.00"));
        assertThat(drafted.content().targetAnnualIncomePerPersonThb()).isEqualTo(new BigDecimal("40000.00"));
    }

    @Test
    void thereIsNoPlanForAHouseholdNotClassifiedClosedOrGraduated() {
        refused(draft("IDENTIFIED", DRAFTED_ON, content()), "household-not-classified");
        refused(draft("ASSESSED", DRAFTED_ON, content()), "household-not-classified");
        refused(draft("CLOSED", DRAFTED_ON, content()), "household-closed");
        refused(draft("GRADUATED", DRAFTED_ON, content()), "household-graduated");
    }

    @Test
    void aLifeCompassAimsAtAllThreeSufficiencies() {
        var twoOfThree = new PlanContent(content().goals().subList(0, 2), List.of(), null, List.of(), null,
                content().activities());

        assertThat(refused(draft(twoOfThree), "sufficiency-without-goal").field()).isEqualTo("goals");
    }

    @Test
    void everyActivityIsInOneOfTheThreePartsAndOfAKindOfThatPart() {
        var partless = content(activity(null, null, "ทำบุญ"));
        var misplaced = content(activity(ActivityPart.HOUSEHOLD, ActivityKind.POVERTY_FUND, "กู้กองทุน กข.คจ."));

        assertThat(refused(draft(partless), "activity-outside-the-parts").field()).isEqualTo("activities[0].part");
        assertThat(refused(draft(misplaced), "activity-outside-its-part").field()).isEqualTo("activities[0].kind");
        accepted(draft(content(activity(ActivityPart.COMMUNITY, ActivityKind.POVERTY_FUND, "กู้กองทุน กข.คจ."))),
                PlanDrafted.class);
    }

    @Test
    void anAgencyActivityNamesTheAgencyAndTheHelpItGives() {
        assertThat(refused(draft(content(agency(null, "ฝึกอาชีพ"))), "agency-activity-incomplete").field())
                .isEqualTo("activities[0].agency");
        assertThat(refused(draft(content(agency("กศน.", " "))), "agency-activity-incomplete").field())
                .isEqualTo("activities[0].help");
    }

    @Test
    void aPlanHasAtLeastOneActivity() {
        var idle = new PlanContent(content().goals(), List.of(), null, List.of(), null, List.of());

        refused(draft(idle), "no-activities");
    }

    @Test
    void moneyIsNeverNegative() {
        var c = content();
        var negativeTarget = new PlanContent(c.goals(), c.capital(), c.potential(), c.occupations(), new BigDecimal("-1"),
                c.activities());
        var negativeBudget = content(new Activity(null, ActivityPart.HOUSEHOLD, ActivityKind.SAVE, "ออมวันละ 20 บาท", null,
                null, null, new BigDecimal("-20")));

        assertThat(refused(draft(negativeTarget), "negative-amount").field()).isEqualTo("targetAnnualIncomePerPersonThb");
        assertThat(refused(draft(negativeBudget), "negative-amount").field()).isEqualTo("activities[0].budgetThb");
    }

    @Test
    void theDraftDateIsNotInTheFuture() {
        assertThat(refused(draft("CLASSIFIED", TODAY.plusDays(1), content()), "date-in-future").field())
                .isEqualTo("draftedOn");
        accepted(draft("CLASSIFIED", TODAY, content()), PlanDrafted.class);
    }

    @Test
    void aNewPlanCannotReferToActivitiesItDoesNotHave() {
        var referring = content(new Activity("A7", ActivityPart.HOUSEHOLD, null, "ปลูกผัก", null, null, null, null));

        assertThat(refused(draft(referring), "unknown-activity").field()).isEqualTo("activities[0].activityId");
    }
}
