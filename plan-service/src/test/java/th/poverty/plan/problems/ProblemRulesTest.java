package th.poverty.plan.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import th.poverty.area.AreaPath;
import th.poverty.domain.Dimension;
import th.poverty.domain.WelfareNeed;
import th.poverty.plan.agencies.Agency;
import th.poverty.plan.agencies.AgencyLevel;
import th.poverty.plan.compass.AssistanceKind;
import th.poverty.plan.problems.Problem.Found;
import th.poverty.plan.problems.Problem.Route;
import th.poverty.plan.problems.ProblemCommand.Accept;
import th.poverty.plan.problems.ProblemCommand.ChangeStatus;
import th.poverty.plan.problems.ProblemCommand.Decline;
import th.poverty.plan.problems.ProblemCommand.Help;
import th.poverty.plan.problems.ProblemCommand.Link;
import th.poverty.plan.problems.ProblemCommand.PassedInSurvey;
import th.poverty.plan.problems.ProblemCommand.Reroute;
import th.poverty.plan.problems.ProblemEvent.ProblemDeclined;
import th.poverty.plan.problems.ProblemEvent.ProblemRouted;
import th.poverty.plan.problems.ProblemEvent.ProblemStatusChanged;
import th.poverty.testing.Scenario;

/** A problem's way through an agency, and the routing table that picks the agency, as plain Java. */
class ProblemRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final LocalDate FOUND = LocalDate.of(2026, 12, 1);
    private static final AreaPath VILLAGE = new AreaPath("24", "2401", "240101", "24010106");
    private static final Found HEALTH = new Found("p-1", "h-1", Dimension.HEALTH, ProblemOrigin.BMN_INDICATOR, "BMN-2565-3",
            null);

    private final Scenario<Problem, ProblemCommand, ProblemEvent> problem =
            Scenario.of(Problem::apply, (p, command) -> p.decide(command, TODAY));

    private static Agency agency(String code, AgencyLevel level, String area, Dimension... dimensions) {
        return new Agency(code, code, code, level, area, Set.of(dimensions), Set.of(AssistanceKind.SERVICE), Set.of());
    }

    private Scenario<Problem, ProblemCommand, ProblemEvent> routedTo(String agency, ProblemCommand... commands) {
        problem.given(Problem.identify(HEALTH, Optional.of(new Route(agency, FOUND.plusDays(30))), FOUND)).and(commands);
        return problem;
    }

    @Test
    void theAgencyAcceptsWorksHelpsAndSolvesInThatOrder() {
        routedTo("SSO", new Accept(TODAY), new ChangeStatus(ProblemStatus.IN_PROGRESS, TODAY, false),
                new Help(AssistanceKind.SERVICE, new BigDecimal("100"), TODAY, null),
                new ChangeStatus(ProblemStatus.SOLVED, TODAY, false));
        assertThat(problem.state().status()).isEqualTo(ProblemStatus.SOLVED);
        assertThat(problem.state().agency()).isEqualTo("SSO");

        problem.when(new ChangeStatus(ProblemStatus.IN_PROGRESS, TODAY, false)).expectRejection("problem-closed");
        problem.when(new Reroute("PHO", TODAY.plusDays(10))).expectRejection("problem-solved");
    }

    @Test
    void aProblemTheHouseholdPassesInALaterSurveyIsSolvedWhereverItStands() {
        routedTo("SSO");
        assertThat(problem.when(new PassedInSurvey(2568, TODAY)).events())
                .containsExactly(new ProblemStatusChanged("p-1", "h-1", Dimension.HEALTH, "SSO", ProblemStatus.SOLVED, TODAY));

        routedTo("SSO", new Accept(TODAY), new Help(AssistanceKind.SERVICE, BigDecimal.TEN, TODAY, null),
                new PassedInSurvey(2568, TODAY));
        assertThat(problem.state().status()).isEqualTo(ProblemStatus.SOLVED);
        problem.when(new PassedInSurvey(2569, TODAY)).expectRejection("problem-closed");
    }

    @Test
    void nothingIsReportedBeforeTheAgencyAcceptsAndAnAgencyReportsNoStatusBackwards() {
        routedTo("SSO");
        problem.when(new ChangeStatus(ProblemStatus.SOLVED, TODAY, false)).expectRejection("not-accepted");
        problem.when(new Help(AssistanceKind.SERVICE, BigDecimal.ONE, TODAY, null)).expectRejection("not-accepted");
        problem.and(new Accept(TODAY));
        problem.when(new Accept(TODAY)).expectRejection("already-accepted");
        problem.when(new ChangeStatus(ProblemStatus.ACCEPTED, TODAY, false)).expectRejection("status-not-reported");
        problem.when(new ChangeStatus(ProblemStatus.UNSOLVABLE, TODAY, false)).expectRejection("reason-required");
        problem.when(new ChangeStatus(ProblemStatus.IN_PROGRESS, FOUND.minusDays(1), false))
                .expectRejection("before-identified");
        problem.when(new Help(AssistanceKind.SERVICE, new BigDecimal("-1"), TODAY, null)).expectRejection("negative-amount");
    }

    @Test
    void aDeclinedProblemWaitsForTheDistrictWithNoAgencyAndARerouteNamesWhereItWas() {
        routedTo("CDD", new Accept(TODAY));
        problem.when(new Decline(TODAY)).expectEvents(new ProblemDeclined("p-1", "h-1", Dimension.HEALTH, "CDD", TODAY));
        problem.and(new Decline(TODAY));
        assertThat(problem.state().agency()).isNull();
        assertThat(problem.state().status()).isEqualTo(ProblemStatus.NEW);

        problem.when(new Reroute("PMJ", TODAY.plusDays(15))).expectEvents(new ProblemRouted("p-1", "h-1", Dimension.HEALTH,
                "PMJ", null, TODAY, TODAY.plusDays(15), true));
        problem.when(new Reroute("PMJ", TODAY.minusDays(1))).expectRejection("due-date-passed");
    }

    @Test
    void anOpenProblemPastItsDueDateIsOverdueAndAHelpedOneIsNot() {
        routedTo("SSO", new Accept(TODAY));
        assertThat(problem.state().overdueOn(FOUND.plusDays(31))).isTrue();
        assertThat(problem.state().overdueOn(FOUND.plusDays(30))).isFalse();
        problem.and(new Help(AssistanceKind.SERVICE, BigDecimal.ZERO, TODAY, null));
        assertThat(problem.state().overdueOn(FOUND.plusDays(31))).isFalse();
    }

    @Test
    void onlyAnActivityOfTheAgenciesPartAnswersAProblemAndOnlyOnce() {
        routedTo("SSO");
        problem.when(new Link("plan-1", "A1", false)).expectRejection("not-an-agency-activity");
        problem.and(new Link("plan-1", "A3", true));
        problem.when(new Link("plan-1", "A3", true)).expectRejection("already-linked");
        assertThat(problem.state().linkedActivities()).containsExactly("plan-1/A3");
    }

    @Test
    void theMostSpecificRuleWinsAndWithinItTheMostLocalAgencyServingTheHousehold() {
        var registry = Map.of(
                "PHO", agency("PHO", AgencyLevel.PROVINCE, "24", Dimension.HEALTH),
                "SSO", agency("SSO", AgencyLevel.DISTRICT, "2401", Dimension.HEALTH),
                "SSO-2", agency("SSO-2", AgencyLevel.DISTRICT, "2402", Dimension.HEALTH),
                "PMJ", new Agency("PMJ", "PMJ", "PMJ", AgencyLevel.PROVINCE, "24", Set.of(), Set.of(),
                        Set.of(WelfareNeed.BEDRIDDEN_CARE)));
        var table = new RoutingTable("24", List.of(
                new RoutingTable.Rule(Dimension.HEALTH, null, List.of("PHO", "SSO-2", "SSO"), 30),
                new RoutingTable.Rule(Dimension.HEALTH, "WELFARE-BEDRIDDEN_CARE", List.of("PMJ"), 15)));

        assertThat(table.route(HEALTH, VILLAGE, registry, TODAY)).contains(new Route("SSO", TODAY.plusDays(30)));
        var bedridden = new Found("p-2", "h-1", Dimension.HEALTH, ProblemOrigin.WELFARE_REFERRAL, "WELFARE-BEDRIDDEN_CARE",
                WelfareNeed.BEDRIDDEN_CARE);
        assertThat(table.route(bedridden, VILLAGE, registry, TODAY)).contains(new Route("PMJ", TODAY.plusDays(15)));
        var elsewhere = new AreaPath("24", "2402", "240201", "24020101");
        assertThat(table.route(HEALTH, elsewhere, registry, TODAY)).contains(new Route("SSO-2", TODAY.plusDays(30)));
        var income = new Found("p-3", "h-1", Dimension.INCOME, ProblemOrigin.FAMILY_FOLDER, "FOLDER-INCOME-1", null);
        assertThat(table.route(income, VILLAGE, registry, TODAY)).isEmpty();
    }

    @Test
    void aTableNamesOnlyRegisteredAgenciesOfTheProvinceServingTheRulesDimension() {
        var registry = Map.of("PHO", agency("PHO", AgencyLevel.PROVINCE, "24", Dimension.HEALTH),
                "KORAT", agency("KORAT", AgencyLevel.PROVINCE, "30", Dimension.HEALTH));
        var table = Scenario.of(RoutingTable::apply, (RoutingTable t, List<RoutingTable.Rule> rules) -> t.set(rules, registry))
                .given(RoutingTable.empty("24").set(List.of(new RoutingTable.Rule(Dimension.HEALTH, null, List.of("PHO"), 30)),
                        registry).eventsOrThrow());

        table.when(List.of(new RoutingTable.Rule(Dimension.HEALTH, null, List.of("NONE"), 30)))
                .expectRejection("unknown-agency");
        table.when(List.of(new RoutingTable.Rule(Dimension.HEALTH, null, List.of("KORAT"), 30)))
                .expectRejection("agency-outside-province");
        table.when(List.of(new RoutingTable.Rule(Dimension.INCOME, null, List.of("PHO"), 30)))
                .expectRejection("agency-outside-dimension");
        table.when(List.of(new RoutingTable.Rule(Dimension.HEALTH, null, List.of("PHO"), 0)))
                .expectRejection("due-days-out-of-range");
        table.when(List.of(new RoutingTable.Rule(Dimension.HEALTH, null, List.of("PHO"), 30)))
                .expectRejection("routing-unchanged");
    }

    @Test
    void aStatusChangeNamesTheAgencyTheProblemIsWith() {
        routedTo("SSO", new Accept(TODAY));
        problem.when(new ChangeStatus(ProblemStatus.IN_PROGRESS, TODAY, false)).expectEvents(new ProblemStatusChanged("p-1",
                "h-1", Dimension.HEALTH, "SSO", ProblemStatus.IN_PROGRESS, TODAY));
    }
}
