package th.poverty.plan.compass;

import static org.assertj.core.api.Assertions.assertThat;
import static th.poverty.plan.compass.PlanScenario.DRAFTED_ON;
import static th.poverty.plan.compass.PlanScenario.SIGNED_ON;
import static th.poverty.plan.compass.PlanScenario.TODAY;
import static th.poverty.plan.compass.PlanScenario.accepted;
import static th.poverty.plan.compass.PlanScenario.agreed;
import static th.poverty.plan.compass.PlanScenario.drafted;
import static th.poverty.plan.compass.PlanScenario.refused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.plan.compass.PlanCommand.ClosePlan;
import th.poverty.plan.compass.PlanCommand.CompletePlan;
import th.poverty.plan.compass.PlanCommand.DeliverAssistance;
import th.poverty.plan.compass.PlanCommand.RecordActivityProgress;
import th.poverty.plan.compass.PlanCommand.RecordIncome;
import th.poverty.plan.compass.PlanEvent.ActivityProgressRecorded;
import th.poverty.plan.compass.PlanEvent.AssistanceDelivered;
import th.poverty.plan.compass.PlanEvent.IncomeRecorded;

/** Step 3 and 4: progress on activities, help from partner agencies, and the household's income. */
class CarryingOutThePlanTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    private static RecordActivityProgress progress(String activityId, LocalDate on) {
        return new RecordActivityProgress(activityId, ProgressStatus.IN_PROGRESS, on, "จดครบทุกวัน");
    }

    private static DeliverAssistance assistance(String amount, LocalDate on, String activityId) {
        return new DeliverAssistance("อบต.บางพระ", AssistanceKind.MEANS_OF_PRODUCTION, new BigDecimal(amount), on, activityId,
                "กี่ทอผ้า 1 หลัง");
    }

    private static RecordIncome income(YearMonth month, String... amounts) {
        var kinds = List.of(IncomeSourceKind.CRAFT, IncomeSourceKind.AGRICULTURE);
        var sources = new ArrayList<IncomeSource>();
        for (int i = 0; i < amounts.length; i++) {
            sources.add(new IncomeSource(kinds.get(i), new BigDecimal(amounts[i])));
        }
        return new RecordIncome(month, 3, sources);
    }

    @Test
    void progressIsRecordedOnAnActivityOfTheAgreedPlan() {
        var plan = agreed();

        var recorded = accepted(plan.when(progress("A1", TODAY)), ActivityProgressRecorded.class);
        plan.and(progress("A1", TODAY));

        assertThat(recorded.activityId()).isEqualTo("A1");
        assertThat(plan.state().followUp().progress().get("A1").status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(refused(plan.when(progress("A9", TODAY)), "unknown-activity").field()).isEqualTo("activityId");
    }

    @Test
    void nothingIsCarriedOutBeforeTheMouIsSigned() {
        var plan = drafted();

        refused(plan.when(progress("A1", TODAY)), "plan-not-agreed");
        refused(plan.when(assistance("100", TODAY, null)), "plan-not-agreed");
        refused(plan.when(new CompletePlan(TODAY)), "plan-not-agreed");
    }

    @Test
    void progressHappensBetweenTheMouAndToday() {
        var plan = agreed();

        assertThat(refused(plan.when(progress("A1", TODAY.plusDays(1))), "date-in-future").field()).isEqualTo("progressOn");
        refused(plan.when(progress("A1", SIGNED_ON.minusDays(1))), "before-agreement");
    }

    @Test
    void aPartnerAgencyRecordsTheHelpItDeliveredInBaht() {
        var plan = agreed();

        var delivered = accepted(plan.when(assistance("3500.5", TODAY, "A3")), AssistanceDelivered.class);
        plan.and(assistance("3500.5", TODAY, "A3"), assistance("1000", TODAY, null));

        assertThat(delivered.amountThb()).isEqualTo(new BigDecimal("3500.50"));
        assertThat(delivered.activityId()).isEqualTo("A3");
        assertThat(plan.state().followUp().assistanceDeliveries()).isEqualTo(2);
        assertThat(plan.state().followUp().assistanceTotalThb()).isEqualTo(new BigDecimal("4500.50"));
    }

    @Test
    void helpIsNeverNegativeNorInTheFutureAndServesAnActivityOfThePlan() {
        var plan = agreed();

        assertThat(refused(plan.when(assistance("-1", TODAY, null)), "negative-amount").field()).isEqualTo("amountThb");
        assertThat(refused(plan.when(assistance("1", TODAY.plusDays(1), null)), "date-in-future").field())
                .isEqualTo("deliveredOn");
        refused(plan.when(assistance("1", DRAFTED_ON.minusDays(1), null)), "before-drafting");
        refused(plan.when(assistance("1", TODAY, "A99")), "unknown-activity");
        accepted(plan.when(assistance("0", TODAY, null)), AssistanceDelivered.class);
    }

    @Test
    void incomeIsMeasuredPerPersonPerMonthAndAnnualised() {
        var plan = agreed();

        var recorded = accepted(plan.when(income(OCTOBER, "6000", "1500")), IncomeRecorded.class);

        assertThat(recorded.monthlyIncomeThb()).isEqualTo(new BigDecimal("7500.00"));
        assertThat(recorded.monthlyIncomePerPersonThb()).isEqualTo(new BigDecimal("2500.00"));
        assertThat(recorded.annualisedIncomePerPersonThb()).isEqualTo(new BigDecimal("30000.00"));
        assertThat(recorded.fiscalYear()).isEqualTo(2570);
        assertThat(recorded.replacesEarlierMeasurement()).isFalse();
    }

    @Test
    void aMonthMeasuredAgainReplacesItsEarlierMeasurement() {
        var plan = agreed().and(income(OCTOBER, "6000"), income(YearMonth.of(2026, 9), "3000"));

        var again = accepted(plan.when(income(OCTOBER, "9000")), IncomeRecorded.class);
        plan.and(income(OCTOBER, "9000"));

        assertThat(again.replacesEarlierMeasurement()).isTrue();
        assertThat(plan.state().followUp().latestIncome().monthlyIncomeThb()).isEqualTo(new BigDecimal("9000.00"));
        assertThat(plan.state().followUp().incomeMonths()).containsExactly(YearMonth.of(2026, 9), OCTOBER);
    }

    @Test
    void incomeIsNeverNegativeNorOfAMonthToCome() {
        var plan = agreed();

        assertThat(refused(plan.when(income(YearMonth.from(TODAY).plusMonths(1), "100")), "date-in-future").field())
                .isEqualTo("month");
        assertThat(refused(plan.when(income(OCTOBER, "100", "-5")), "negative-amount").field())
                .isEqualTo("sources[1].monthlyAmountThb");
        refused(plan.when(new RecordIncome(OCTOBER, 0, List.of())), "no-members");
        accepted(plan.when(income(YearMonth.from(TODAY), "0")), IncomeRecorded.class);
    }

    @Test
    void incomeIsFollowedFromTheDraftUntilTheHouseholdGraduatesButNotOnAClosedPlan() {
        accepted(drafted().when(income(OCTOBER, "100")), IncomeRecorded.class);
        accepted(agreed().and(new CompletePlan(TODAY)).when(income(OCTOBER, "100")), IncomeRecorded.class);
        refused(agreed().and(new ClosePlan(TODAY, PlanClosure.REPLACED, "แผนใหม่")).when(income(OCTOBER, "100")),
                "plan-closed");
    }
}
