package th.poverty.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.poverty.area.Areas;
import th.poverty.domain.Dimension;
import th.poverty.domain.Rejection;
import th.poverty.domain.WelfareNeed;
import th.poverty.household.HouseholdCommand.AcknowledgePovertyCauses;
import th.poverty.household.HouseholdCommand.Assess;
import th.poverty.household.HouseholdCommand.ChangeHead;
import th.poverty.household.HouseholdCommand.Classify;
import th.poverty.household.HouseholdCommand.Close;
import th.poverty.household.HouseholdCommand.ConfirmCandidate;
import th.poverty.household.HouseholdCommand.CorrectDetails;
import th.poverty.household.HouseholdCommand.DismissCandidate;
import th.poverty.household.HouseholdCommand.ErasePersonalData;
import th.poverty.household.HouseholdCommand.FollowUp;
import th.poverty.household.HouseholdCommand.Graduate;
import th.poverty.household.HouseholdCommand.RecordPovertyCauses;
import th.poverty.household.HouseholdCommand.RecordSurvey;
import th.poverty.household.HouseholdCommand.RecordVisit;
import th.poverty.household.HouseholdCommand.Reopen;
import th.poverty.household.HouseholdCommand.Target;
import th.poverty.household.HouseholdEvent.CandidateConfirmed;
import th.poverty.household.HouseholdEvent.CandidateDismissed;
import th.poverty.household.HouseholdEvent.GraduateFollowedUp;
import th.poverty.household.HouseholdEvent.HouseholdClassified;
import th.poverty.household.HouseholdEvent.HouseholdClosed;
import th.poverty.household.HouseholdEvent.HouseholdDetailsCorrected;
import th.poverty.household.HouseholdEvent.HouseholdGraduated;
import th.poverty.household.HouseholdEvent.HouseholdHeadChanged;
import th.poverty.household.HouseholdEvent.HouseholdResurveyed;
import th.poverty.household.HouseholdEvent.HouseholdTargeted;
import th.poverty.testing.Scenario;

/** Given a household's history, when a command arrives, then these events or this refusal. */
class HouseholdStepsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate FORUM = LocalDate.of(2026, 11, 1);
    private static final Areas AREAS = Areas.thailand();
    private static final Assessment FOUR_T = new Assessment(new Assessment.Attitude(true, "wants to work"),
            new Assessment.Skills(2, List.of("weaving"), null),
            new Assessment.Resources(new BigDecimal("1.5"), false, List.of("loom"), null),
            new Assessment.WayOut("sell woven cloth at the market", null));

    private final Scenario<Household, HouseholdCommand, HouseholdEvent> household =
            Scenario.of(Household::apply, (household, command) -> household.decide(command, AREAS, TODAY));

    /** A household nominated at the forum, then the commands. */
    private HouseholdStepsTest given(HouseholdCommand... commands) {
        household.given(Household.identify(IdentifyHousehold.atForum("h-1", "24010101", FORUM, "forum", "hash", null),
                AREAS, TODAY).eventsOrThrow()).and(commands);
        return this;
    }

    /** A household from the survey: a candidate until it is verified. */
    private HouseholdStepsTest givenCandidate(HouseholdCommand... commands) {
        household.given(Household.identify(new IdentifyHousehold("h-1", IdentificationSource.BMN_SURVEY, "24010101",
                FORUM, null, "hash", "house", 2569, 4, 31_000, List.of(8), null), AREAS, TODAY).eventsOrThrow()).and(commands);
        return this;
    }

    private Scenario.Then<HouseholdEvent> when(HouseholdCommand command) {
        return household.when(command);
    }

    private Household state() {
        return household.state();
    }

    private static RecordVisit visit() {
        return new RecordVisit(TODAY.minusDays(3), List.of("พัฒนากร"), null);
    }

    private static Graduate graduate(int measuredIncome, int threshold) {
        return new Graduate(TODAY, new IncomeEvidence.Measured(measuredIncome, threshold));
    }

    private static Graduate graduateOn(List<MonthlyIncome> latestFirst) {
        return new Graduate(TODAY, new IncomeEvidence.Recorded(latestFirst, Map.of(2570, 40_000), 38_000, 3));
    }

    private static MonthlyIncome month(int year, int month, int fiscalYear, int income) {
        return new MonthlyIncome(YearMonth.of(year, month), fiscalYear, income);
    }

    private static Assess assess() {
        return new Assess(TODAY.minusDays(2), FOUR_T);
    }

    private static Rejection refused(Scenario.Then<HouseholdEvent> then, String code) {
        return then.expectRejection(code);
    }

    @Test
    void theStepsGoVisitAssessClassifyInOrder() {
        given(visit(), assess(), new Classify(HouseholdGroup.SELF_DEVELOPING));

        assertThat(state().status()).isEqualTo(HouseholdStatus.CLASSIFIED);
        assertThat(state().group()).isEqualTo(HouseholdGroup.SELF_DEVELOPING);
        assertThat(state().visits()).isEqualTo(1);
    }

    @Test
    void aSurveyHouseholdIsACandidateUntilConfirmedAndAForumNominationIsVerifiedAtOnce() {
        givenCandidate();
        assertThat(state().status()).isEqualTo(HouseholdStatus.CANDIDATE);
        for (HouseholdCommand command : List.of(visit(), assess(), new Classify(HouseholdGroup.WELFARE),
                new RecordPovertyCauses(List.of(new PovertyCause(Dimension.INCOME, "debt"))), graduate(50_000, 38_000),
                new Close(ClosureReason.MOVED, null), new Reopen())) {
            refused(when(command), "candidate-not-verified");
        }
        assertThat(when(new ConfirmCandidate(TODAY, VerificationMethod.FORUM, "f-1")).events())
                .containsExactly(new CandidateConfirmed("h-1", TODAY, VerificationMethod.FORUM, "f-1"));
        household.and(new ConfirmCandidate(TODAY, VerificationMethod.FORUM, "f-1"), visit());
        assertThat(state().status()).isEqualTo(HouseholdStatus.VISITED);

        given();
        assertThat(state().status()).isEqualTo(HouseholdStatus.IDENTIFIED);
        refused(when(new ConfirmCandidate(TODAY, VerificationMethod.HOME_VISIT, null)), "not-a-candidate");
        refused(when(new DismissCandidate(TODAY, DismissalReason.NOT_POOR, null, null)), "not-a-candidate");
    }

    @Test
    void aDismissedCandidateLeavesTheFunnelAndAcceptsNothingButErasure() {
        givenCandidate(new DismissCandidate(TODAY, DismissalReason.NOT_POOR, null, null));

        assertThat(state().status()).isEqualTo(HouseholdStatus.DISMISSED);
        assertThat(state().dismissal()).isEqualTo(DismissalReason.NOT_POOR);
        for (HouseholdCommand command : List.of(new ConfirmCandidate(TODAY, VerificationMethod.HOME_VISIT, null),
                new DismissCandidate(TODAY, DismissalReason.MOVED, null, null), visit(), new Reopen(),
                new CorrectDetails(null, 4, List.of()))) {
            refused(when(command), "candidate-dismissed");
        }
        assertThat(when(new ErasePersonalData()).events()).hasSize(1);
    }

    @Test
    void aDuplicateCandidateNamesTheOtherAndVerificationDatesAreChecked() {
        givenCandidate();
        refused(when(new DismissCandidate(TODAY, DismissalReason.DUPLICATE, null, null)), "duplicate-of-required");
        refused(when(new DismissCandidate(TODAY, DismissalReason.DUPLICATE, "h-1", null)), "duplicate-of-required");
        refused(when(new DismissCandidate(TODAY, DismissalReason.DIED, "h-2", null)), "duplicate-of-not-expected");
        refused(when(new DismissCandidate(FORUM.minusDays(1), DismissalReason.DIED, null, null)), "before-identification");
        refused(when(new ConfirmCandidate(TODAY.plusDays(1), VerificationMethod.HOME_VISIT, null)), "date-in-future");
        assertThat(when(new DismissCandidate(TODAY, DismissalReason.DUPLICATE, "h-2", "f-1")).events())
                .containsExactly(new CandidateDismissed("h-1", TODAY, DismissalReason.DUPLICATE, "h-2", "f-1"));
    }

    @Test
    void theHeadChangesAndTheHouseholdGoesOnWhereItStood() {
        given(visit());
        assertThat(when(new ChangeHead("new-hash", HeadChange.DIED)).events())
                .containsExactly(new HouseholdHeadChanged("h-1", "new-hash", HeadChange.DIED));
        household.and(new ChangeHead("new-hash", HeadChange.DIED));
        assertThat(state().status()).isEqualTo(HouseholdStatus.VISITED);

        givenCandidate();
        refused(when(new ChangeHead("new-hash", HeadChange.MOVED_OUT)), "candidate-not-verified");
    }

    @Test
    void anAssessmentWithoutAVisitIsRefused() {
        given();
        refused(when(assess()), "not-yet-visited");
    }

    @Test
    void aClassificationBeforeTheAssessmentIsRefused() {
        given(visit());
        refused(when(new Classify(HouseholdGroup.WELFARE)), "not-yet-assessed");
    }

    @Test
    void aWelfareHouseholdCarriesTheNeedsItsReferralsOpenWithAndOnlyAWelfareHouseholdHasThem() {
        given(visit(), assess());
        when(new Classify(HouseholdGroup.WELFARE, List.of(WelfareNeed.BEDRIDDEN_CARE, WelfareNeed.HOUSING_REPAIR)))
                .expectEvents(new HouseholdClassified("h-1", HouseholdGroup.WELFARE,
                        List.of(WelfareNeed.BEDRIDDEN_CARE, WelfareNeed.HOUSING_REPAIR)));

        var outside = refused(when(new Classify(HouseholdGroup.SELF_DEVELOPING, List.of(WelfareNeed.ALLOWANCE))),
                "welfare-needs-outside-group-ko");
        assertThat(outside.field()).isEqualTo("welfareNeeds");
    }

    @Test
    void aSecondVisitDoesNotUndoTheAssessment() {
        given(visit(), assess(), visit());
        assertThat(state().status()).isEqualTo(HouseholdStatus.ASSESSED);
        assertThat(state().visits()).isEqualTo(2);
    }

    @Test
    void anUnclassifiedHouseholdCannotGraduate() {
        given(visit(), assess());
        refused(when(graduate(45_000, 38_000)), "not-yet-classified");
    }

    @Test
    void graduationNeedsIncomeAboveTheThreshold() {
        given(visit(), assess(), new Classify(HouseholdGroup.SELF_DEVELOPING));

        refused(when(graduate(38_000, 38_000)), "income-below-threshold");
        assertThat(when(graduate(38_001, 38_000)).events())
                .containsExactly(new HouseholdGraduated("h-1", TODAY, 38_001, 38_000));
    }

    @Test
    void measuredIncomesMustStayAboveEachYearsThresholdForThreeConsecutiveMonths() {
        given(visit(), assess(), new Classify(HouseholdGroup.SELF_DEVELOPING));

        refused(when(graduateOn(List.of(month(2026, 11, 2570, 45_000), month(2026, 10, 2570, 41_000)))),
                "income-below-threshold");
        refused(when(graduateOn(List.of(month(2026, 11, 2570, 45_000), month(2026, 10, 2570, 39_000),
                month(2026, 9, 2569, 39_000)))), "income-below-threshold");
        refused(when(graduateOn(List.of(month(2026, 11, 2570, 45_000), month(2026, 10, 2570, 41_000),
                month(2026, 8, 2569, 39_000)))), "income-below-threshold");
        assertThat(when(graduateOn(List.of(month(2026, 11, 2570, 45_000), month(2026, 10, 2570, 41_000),
                month(2026, 9, 2569, 39_000), month(2026, 8, 2569, 10_000)))).events())
                .containsExactly(new HouseholdGraduated("h-1", TODAY, 45_000, 40_000));
    }

    @Test
    void aLaterSurveyYearReplacesTheSurveyFactsAndTheSameYearChangesNothing() {
        givenCandidate();
        var later = new RecordSurvey(2570, TODAY, 5, 36_000, List.of(15, 17));

        assertThat(when(later).events()).containsExactly(new HouseholdResurveyed("h-1", 2570, TODAY, 5, 36_000, List.of(15, 17), false));
        household.and(later);
        assertThat(state().surveyYear()).isEqualTo(2570);
        assertThat(state().members()).isEqualTo(5);
        assertThat(state().status()).as("a re-surveyed candidate is still to be verified").isEqualTo(HouseholdStatus.CANDIDATE);
        refused(when(new RecordSurvey(2570, TODAY, 5, 37_000, List.of())), "survey-year-recorded");
        refused(when(new RecordSurvey(2569, TODAY, 5, 37_000, List.of())), "survey-year-recorded");
    }

    @Test
    void aForumNomineeTakesItsFirstSurveyFactsAndAGraduateTakesNone() {
        given();
        assertThat(state().surveyYear()).isNull();
        assertThat(when(new RecordSurvey(2569, TODAY, null, 30_000, List.of(8))).events()).hasSize(1);

        given(visit(), assess(), new Classify(HouseholdGroup.SELF_DEVELOPING), graduate(50_000, 38_000));
        refused(when(new RecordSurvey(2570, TODAY, 4, 20_000, List.of())), "household-graduated");
    }

    @Test
    void aYearlyReviewTargetsAHouseholdForAYearOnceAndAGraduateNever() {
        given(visit());
        assertThat(when(new Target(2570, true, "year-review:24010101:2569")).events())
                .containsExactly(new HouseholdTargeted("h-1", 2570, true, "year-review:24010101:2569"));
        household.and(new Target(2570, true, "year-review:24010101:2569"));
        assertThat(state().targetYear()).isEqualTo(2570);
        refused(when(new Target(2570, true, "year-review:24010101:2569")), "already-targeted");

        given(visit(), assess(), new Classify(HouseholdGroup.SELF_DEVELOPING), graduate(50_000, 38_000));
        assertThat(state().graduatedOn()).isEqualTo(TODAY);
        refused(when(new Target(2571, true, "year-review:24010101:2570")), "household-graduated");
    }

    @Test
    void aGraduateIsFollowedUpAtSixThenTwelveMonthsAndOneBelowTheLineFellBack() {
        given(visit(), assess(), new Classify(HouseholdGroup.SELF_DEVELOPING), graduate(50_000, 38_000));
        LocalDate sixMonths = TODAY.plusMonths(6);
        var later = Scenario.of(Household::apply, (Household h, HouseholdCommand c) -> h.decide(c, AREAS, sixMonths.plusMonths(7)));
        later.given(household.history());
        assertThat(later.state().nextFollowUpDue()).isEqualTo(sixMonths);

        later.when(new FollowUp(sixMonths.minusMonths(2), 45_000, 38_000)).expectRejection("follow-up-not-due");
        assertThat(later.when(new FollowUp(sixMonths, 45_000, 38_000)).events())
                .containsExactly(new GraduateFollowedUp("h-1", 6, sixMonths, 45_000, 38_000, false));
        later.and(new FollowUp(sixMonths, 45_000, 38_000));
        assertThat(later.state().nextFollowUpDue()).isEqualTo(TODAY.plusMonths(12));
        assertThat(later.when(new FollowUp(TODAY.plusMonths(12), 38_000, 38_000)).events())
                .containsExactly(new GraduateFollowedUp("h-1", 12, TODAY.plusMonths(12), 38_000, 38_000, true));
        later.and(new FollowUp(TODAY.plusMonths(12), 38_000, 38_000));
        later.when(new FollowUp(TODAY.plusMonths(13), 40_000, 38_000)).expectRejection("follow-up-complete");
        assertThat(later.state().nextFollowUpDue()).isNull();

        given(visit());
        refused(when(new FollowUp(TODAY, 40_000, 38_000)), "not-graduated");
    }

    @Test
    void aGraduatedHouseholdTakesNoFurtherSteps() {
        given(visit(), assess(), new Classify(HouseholdGroup.SELF_DEVELOPING), graduate(50_000, 38_000));

        assertThat(state().status()).isEqualTo(HouseholdStatus.GRADUATED);
        refused(when(visit()), "household-graduated");
        refused(when(new Classify(HouseholdGroup.WELFARE)), "household-graduated");
        refused(when(graduate(60_000, 38_000)), "household-graduated");
    }

    @Test
    void aClosedHouseholdAcceptsNothingButAReopen() {
        given(visit(), assess(), new Close(ClosureReason.MOVED, null));

        for (HouseholdCommand command : List.of(visit(), assess(), new Classify(HouseholdGroup.WELFARE),
                new RecordPovertyCauses(List.of(new PovertyCause(Dimension.INCOME, "debt"))),
                new CorrectDetails(null, 4, List.of()), graduate(50_000, 38_000),
                new Close(ClosureReason.DIED, null))) {
            refused(when(command), "household-closed");
        }
        household.and(new Reopen());
        assertThat(state().status()).isEqualTo(HouseholdStatus.ASSESSED);
        assertThat(state().closure()).isNull();
    }

    @Test
    void onlyAClosedHouseholdCanBeReopened() {
        given();
        refused(when(new Reopen()), "not-closed");
    }

    @Test
    void aDuplicateNamesTheHouseholdItDuplicates() {
        given();
        refused(when(new Close(ClosureReason.DUPLICATE, null)), "duplicate-of-required");
        refused(when(new Close(ClosureReason.DUPLICATE, "h-1")), "duplicate-of-required");
        refused(when(new Close(ClosureReason.MOVED, "h-2")), "duplicate-of-not-expected");
        assertThat(when(new Close(ClosureReason.DUPLICATE, "h-2")).events())
                .containsExactly(new HouseholdClosed("h-1", ClosureReason.DUPLICATE, "h-2"));
    }

    @Test
    void causesAreAcknowledgedOnceAfterTheyAreRecorded() {
        given(visit());
        refused(when(new AcknowledgePovertyCauses(TODAY)), "causes-not-recorded");

        household.and(new RecordPovertyCauses(List.of(new PovertyCause(Dimension.INCOME, "debt to a moneylender"))));
        household.and(new AcknowledgePovertyCauses(TODAY));
        assertThat(state().causesAcknowledged()).isTrue();
        refused(when(new AcknowledgePovertyCauses(TODAY)), "causes-already-acknowledged");
    }

    @Test
    void causesAreRecordedAtOrAfterAVisit() {
        given();
        refused(when(new RecordPovertyCauses(List.of(new PovertyCause(Dimension.HEALTH, "bedridden")))), "not-yet-visited");
    }

    @Test
    void aCorrectionMovesTheHouseholdToItsRealDistrictOrIsRefused() {
        given();

        var moved = (HouseholdDetailsCorrected) when(new CorrectDetails("24110101", null, List.of())).events().getFirst();
        assertThat(moved.districtCode()).isEqualTo("2411");
        refused(when(new CorrectDetails("24010100", null, List.of())), "unknown-village");
        refused(when(new CorrectDetails("24010101", null, List.of())), "nothing-to-correct");
    }

    @Test
    void datesAheadOfTodayAndVisitsBeforeIdentificationAreRefused() {
        given();
        refused(when(new RecordVisit(TODAY.plusDays(1), List.of("a"), null)), "date-in-future");
        refused(when(new RecordVisit(FORUM.minusDays(1), List.of("a"), null)), "before-identification");
        household.and(visit());
        var rejection = refused(when(new Assess(TODAY.plusDays(1), FOUR_T)), "date-in-future");
        assertThat(rejection.kind()).isEqualTo(Rejection.Kind.INVALID);
        assertThat(rejection.field()).isEqualTo("assessedOn");
    }
}
