package th.poverty.reporting.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static th.poverty.reporting.measure.Histories.HOUSEHOLD;
import static th.poverty.reporting.measure.Histories.assigned;
import static th.poverty.reporting.measure.Histories.identified;
import static th.poverty.reporting.measure.Histories.income;
import static th.poverty.reporting.measure.Histories.movedTo;
import static th.poverty.reporting.measure.Histories.planDrafted;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import th.poverty.reporting.household.HouseholdEvent;
import th.poverty.reporting.household.HouseholdGroup;
import th.poverty.reporting.plan.PlanEvent;
import th.poverty.reporting.team.TeamEvent;

class HouseholdHistoryTest {

    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

    private static List<AreaChange> replayed(List<LoggedEvent> events) {
        return AreaChanges.between(new TreeMap<>(), History.fold(new HouseholdFacts(), events));
    }

    /** The sum of changes per area and measure up to a day: what the roll-up says as of that day. */
    private static Map<String, Long> asOf(List<AreaChange> changes, LocalDate day) {
        return changes.stream().filter(c -> !c.day().isAfter(day))
                .collect(Collectors.groupingBy(c -> c.areaCode() + "/" + c.measure(), TreeMap::new,
                        Collectors.summingLong(AreaChange::delta)))
                .entrySet().stream().filter(e -> e.getValue() != 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, TreeMap::new));
    }

    @Test
    void aPlanDraftedBeforeTheIdentificationArrivedCountsOnceTheHouseholdIsKnownOnItsOwnDay() {
        var history = new Histories(NOV_1).then(identified("24110101", null)).then(planDrafted("p-1")).events();
        // the plan event arrives first: nothing to count yet, the household's area is unknown
        var planOnly = History.fold(new HouseholdFacts(), List.of(history.get(1)));
        assertThat(AreaChanges.between(new TreeMap<>(), planOnly)).isEmpty();

        var changes = AreaChanges.between(planOnly, History.fold(new HouseholdFacts(), history));

        assertThat(asOf(changes, NOV_1)).containsEntry("TH/IDENTIFIED", 1L).doesNotContainKey("TH/WITH_PLAN");
        assertThat(asOf(changes, NOV_1.plusDays(1))).containsEntry("TH/WITH_PLAN", 1L).containsEntry("2411/WITH_PLAN", 1L)
                .containsEntry("24110101/WITH_PLAN", 1L);
    }

    @Test
    void eventsArrivingOneByOneInAnyOrderAddUpToTheSameChangesAsAReplay() {
        var history = new Histories(NOV_1)
                .then(identified("24110101", 30_000))
                .then(new HouseholdEvent.HouseholdVisited(HOUSEHOLD))
                .then(new HouseholdEvent.HouseholdAssessed(HOUSEHOLD))
                .then(new HouseholdEvent.HouseholdClassified(HOUSEHOLD, HouseholdGroup.SELF_DEVELOPING))
                .then(planDrafted("p-1"))
                .then(new PlanEvent.PlanAgreed("p-1", HOUSEHOLD, null))
                .then(assigned("c-1", HOUSEHOLD))
                .then(movedTo("24010101"))
                .then(income(YearMonth.of(2026, 12), 41_000))
                .events();
        var arrival = new ArrayList<>(history);
        Collections.shuffle(arrival, new Random(7));

        List<AreaChange> live = new ArrayList<>();
        List<LoggedEvent> arrived = new ArrayList<>();
        for (LoggedEvent event : arrival) {
            var before = History.fold(new HouseholdFacts(), arrived);
            arrived.add(event);
            live.addAll(AreaChanges.between(before, History.fold(new HouseholdFacts(), arrived)));
        }

        assertThat(byDay(live)).isEqualTo(byDay(replayed(history)));
    }

    private static Map<String, Long> byDay(List<AreaChange> changes) {
        return changes.stream().collect(Collectors.groupingBy(c -> c.areaCode() + "/" + c.measure() + "/" + c.day(),
                        TreeMap::new, Collectors.summingLong(AreaChange::delta)))
                .entrySet().stream().filter(e -> e.getValue() != 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, TreeMap::new));
    }

    @Test
    void aHouseholdThatMovesLeavesItsOldAreasAndJoinsTheNewOnesOnTheDayItMoved() {
        var moved = NOV_1.plusDays(5);
        var changes = replayed(new Histories(NOV_1).then(identified("24110101", null)).on(moved, movedTo("24010101")).events());

        assertThat(asOf(changes, moved.minusDays(1))).containsEntry("24110101/IDENTIFIED", 1L)
                .containsEntry("2411/IDENTIFIED", 1L).doesNotContainKey("2401/IDENTIFIED");
        assertThat(asOf(changes, moved)).containsEntry("24010101/IDENTIFIED", 1L).containsEntry("2401/IDENTIFIED", 1L)
                .containsEntry("TH/IDENTIFIED", 1L).doesNotContainKey("24110101/IDENTIFIED").doesNotContainKey("2411/IDENTIFIED");
        // the country and the province were never left: no change there on the day of the move
        assertThat(changes).filteredOn(c -> c.areaCode().equals("24") && c.day().equals(moved)).isEmpty();
    }

    @Test
    void changesPerAreaPathRolledUpAreTheChangesPerArea() {
        var history = History.fold(new HouseholdFacts(), new Histories(NOV_1).then(identified("24110101", 18_000))
                .then(Histories.planDrafted("p-1")).on(NOV_1.plusDays(5), movedTo("24010101")).events());

        var rolledUp = AreaChanges.atPaths(new TreeMap<>(), history).stream()
                .flatMap(change -> AreaChanges.rolledUp(change).stream()).toList();

        assertThat(byDay(rolledUp)).isNotEmpty().isEqualTo(byDay(AreaChanges.between(new TreeMap<>(), history)));
    }

    @Test
    void aSurveyHouseholdIsACandidateUntilVerifiedOrDismissed() {
        var facts = new HouseholdFacts();
        History.fold(facts, new Histories(NOV_1).then(identified("24110101", null)).events());
        assertThat(facts.contribution().values()).containsEntry("CANDIDATES", 1L).containsEntry("IDENTIFIED", 1L)
                .doesNotContainKeys("VERIFIED", "DISMISSED", "WITHOUT_CARER");

        facts.apply(new HouseholdEvent.CandidateConfirmed(HOUSEHOLD, NOV_1));
        assertThat(facts.contribution().values()).containsEntry("VERIFIED", 1L).doesNotContainKeys("CANDIDATES", "DISMISSED");

        var dismissed = new HouseholdFacts();
        History.fold(dismissed, new Histories(NOV_1).then(identified("24110101", null))
                .then(new HouseholdEvent.CandidateDismissed(HOUSEHOLD)).events());
        assertThat(dismissed.contribution().values()).containsEntry("DISMISSED", 1L).containsEntry("IDENTIFIED", 1L)
                .doesNotContainKeys("CANDIDATES", "VERIFIED", "WITHOUT_CARER");
    }

    /** Step 4: a household needs a carer once its compass is agreed (MOU signed) or it is in group ก. */
    @Test
    void aVerifiedHouseholdAwaitsACarerOnceItsCompassIsAgreedOrItIsInTheWelfareGroup() {
        var selfDeveloping = new HouseholdFacts();
        History.fold(selfDeveloping, new Histories(NOV_1).then(identified("24110101", null))
                .then(new HouseholdEvent.CandidateConfirmed(HOUSEHOLD, NOV_1))
                .then(new HouseholdEvent.HouseholdClassified(HOUSEHOLD, HouseholdGroup.SELF_DEVELOPING))
                .then(new PlanEvent.PlanDrafted("p-1", HOUSEHOLD)).events());
        assertThat(selfDeveloping.contribution().values()).doesNotContainKey("WITHOUT_CARER");
        selfDeveloping.apply(new PlanEvent.PlanAgreed("p-1", HOUSEHOLD, NOV_1.plusDays(9)));
        assertThat(selfDeveloping.contribution().values()).containsEntry("WITHOUT_CARER", 1L);
        selfDeveloping.apply(new TeamEvent.CarerAssigned("c-1", HOUSEHOLD, NOV_1.plusDays(10), 3));
        assertThat(selfDeveloping.contribution().values()).containsEntry("WITH_CARER", 1L).doesNotContainKey("WITHOUT_CARER");

        var welfare = new HouseholdFacts();
        History.fold(welfare, new Histories(NOV_1).then(identified("24110101", null))
                .then(new HouseholdEvent.CandidateConfirmed(HOUSEHOLD, NOV_1))
                .then(new HouseholdEvent.HouseholdClassified(HOUSEHOLD, HouseholdGroup.WELFARE)).events());
        assertThat(welfare.contribution().values()).containsEntry("WITHOUT_CARER", 1L);
    }

    @Test
    void aClosedHouseholdReopensWhereItStoodAndOnlyHouseholdsInProgressLackACarer() {
        var facts = new HouseholdFacts();
        History.fold(facts, new Histories(NOV_1).then(identified("24110101", null))
                .then(new HouseholdEvent.CandidateConfirmed(HOUSEHOLD, NOV_1))
                .then(new HouseholdEvent.HouseholdClassified(HOUSEHOLD, HouseholdGroup.WELFARE))
                .then(new HouseholdEvent.HouseholdClosed(HOUSEHOLD)).events());
        assertThat(facts.contribution().values()).containsEntry("CLOSED", 1L).doesNotContainKey("WITHOUT_CARER");

        facts.apply(new HouseholdEvent.HouseholdReopened(HOUSEHOLD));
        assertThat(facts.contribution().values()).containsEntry("WITHOUT_CARER", 1L).doesNotContainKey("CLOSED");
    }

    @Test
    void theIncomeUpliftRunsFromTheSurveyBaselineToTheLastMonthMeasured() {
        var facts = new HouseholdFacts();
        History.fold(facts, new Histories(NOV_1).then(identified("24110101", 30_000))
                .then(income(YearMonth.of(2027, 1), 45_500)).then(income(YearMonth.of(2026, 12), 40_000)).events());

        assertThat(facts.contribution().values()).containsEntry("INCOME_MEASURED", 1L)
                .containsEntry("INCOME_BASELINE_SATANG", 3_000_000L).containsEntry("INCOME_LATEST_SATANG", 4_550_000L)
                .containsEntry("INCOME_BASELINE_BAND:30", 1L).containsEntry("INCOME_LATEST_BAND:45", 1L);
    }

    @Test
    void aLaterSurveysIncomeIsTheLatestMeasuredFromItsMonth() {
        var facts = new HouseholdFacts();
        History.fold(facts, new Histories(NOV_1).then(identified("24110101", 30_000))
                .then(new HouseholdEvent.HouseholdResurveyed(HOUSEHOLD, 2570, LocalDate.of(2027, 2, 3), 41_200, List.of()))
                .events());

        assertThat(facts.contribution().values()).containsEntry("INCOME_MEASURED", 1L)
                .containsEntry("INCOME_BASELINE_SATANG", 3_000_000L).containsEntry("INCOME_LATEST_SATANG", 4_120_000L);
    }

    @Test
    void theIndicatorsItsLatestSurveyFailsCountWhileTheHouseholdIsInTheProgramme() {
        var facts = new HouseholdFacts();
        History.fold(facts, new Histories(NOV_1).then(Histories.surveyed("24110101", 30_000, 2568, List.of(3, 27, 99)))
                .events());
        assertThat(facts.contribution().values()).containsEntry("FAILING_INDICATOR|BMN-2565-3", 1L)
                .containsEntry("FAILING_INDICATOR|BMN-2565-27", 1L).doesNotContainKey("FAILING_INDICATOR|BMN-2565-99");

        facts.apply(new HouseholdEvent.HouseholdResurveyed(HOUSEHOLD, 2569, LocalDate.of(2026, 12, 1), 33_000, List.of(27)));
        assertThat(facts.contribution().values()).containsEntry("FAILING_INDICATOR|BMN-2565-27", 1L)
                .doesNotContainKey("FAILING_INDICATOR|BMN-2565-3");

        facts.apply(new HouseholdEvent.CandidateDismissed(HOUSEHOLD));
        assertThat(facts.contribution().values()).doesNotContainKey("FAILING_INDICATOR|BMN-2565-27");
    }

    @Test
    void aHouseholdIsANewTargetOfTheYearItWasVerifiedInOrProposedForAndCarriedOverIntoTheNext() {
        var candidate = new HouseholdFacts();
        // verified at the review of 2569 held in August, proposed as a new target of 2570
        History.fold(candidate, new Histories(NOV_1).then(Histories.surveyed("24110101", 30_000, 2569, List.of()))
                .then(new HouseholdEvent.CandidateConfirmed(HOUSEHOLD, LocalDate.of(2026, 8, 20)))
                .then(new HouseholdEvent.HouseholdTargeted(HOUSEHOLD, 2570, false))
                .then(new HouseholdEvent.HouseholdTargeted(HOUSEHOLD, 2571, true)).events());
        assertThat(candidate.contribution().values()).containsEntry("YEAR_TARGET|2570|NEW", 1L)
                .containsEntry("YEAR_TARGET|2571|CARRIED_OVER", 1L)
                .doesNotContainKey("YEAR_TARGET|2569|NEW").doesNotContainKey("YEAR_TARGET|2570|CARRIED_OVER");

        var confirmedAtAVisit = new HouseholdFacts();
        History.fold(confirmedAtAVisit, new Histories(NOV_1).then(Histories.surveyed("24110101", 30_000, 2569, List.of()))
                .then(new HouseholdEvent.CandidateConfirmed(HOUSEHOLD, LocalDate.of(2026, 11, 3))).events());
        assertThat(confirmedAtAVisit.contribution().values()).containsEntry("YEAR_TARGET|2570|NEW", 1L);

        var stillACandidate = new HouseholdFacts();
        History.fold(stillACandidate, new Histories(NOV_1).then(Histories.surveyed("24110101", 30_000, 2569, List.of()))
                .events());
        assertThat(stillACandidate.contribution().values().keySet()).noneMatch(key -> key.startsWith("YEAR_TARGET|"));
    }

    @Test
    void withoutASurveyFigureTheFirstMonthMeasuredIsTheBaseline() {
        var facts = new HouseholdFacts();
        History.fold(facts, new Histories(NOV_1).then(identified("24110101", null))
                .then(income(YearMonth.of(2026, 12), 20_000)).events());
        assertThat(facts.contribution().values()).doesNotContainKey("INCOME_MEASURED");

        facts.apply(income(YearMonth.of(2027, 2), 26_000));
        assertThat(facts.contribution().values()).containsEntry("INCOME_BASELINE_SATANG", 2_000_000L)
                .containsEntry("INCOME_LATEST_SATANG", 2_600_000L);
    }

    @Test
    void aCarerWithAFourthHouseholdIsOverTheCap() {
        var carer = new CarerFacts();
        carer.apply(new TeamEvent.CarerRegistered("c-1", "24", "2411", "241101", null));
        for (String household : List.of("h-1", "h-2", "h-3")) {
            carer.apply(assigned("c-1", household));
        }
        assertThat(carer.contribution().values()).containsEntry("CARED_HOUSEHOLDS", 3L).doesNotContainKey("CARERS_OVER_CAP");

        carer.apply(assigned("c-1", "h-4"));
        assertThat(carer.contribution().values()).containsEntry("CARERS_OVER_CAP", 1L);
        assertThat(carer.contribution().area().code()).isEqualTo("241101");
    }

    @Test
    void aCarerIsOverTheCapTheirLatestAssignmentWasDecidedUnder() {
        var carer = new CarerFacts();
        carer.apply(new TeamEvent.CarerRegistered("c-1", "25", "2501", "250101", null));
        for (String household : List.of("h-1", "h-2", "h-3", "h-4", "h-5")) {
            carer.apply(new TeamEvent.CarerAssigned("c-1", household, NOV_1, 5));
        }
        assertThat(carer.contribution().values()).containsEntry("CARED_HOUSEHOLDS", 5L).doesNotContainKey("CARERS_OVER_CAP");

        carer.apply(new TeamEvent.CarerAssigned("c-1", "h-6", NOV_1, 5));
        assertThat(carer.contribution().values()).containsEntry("CARERS_OVER_CAP", 1L);
    }
}
