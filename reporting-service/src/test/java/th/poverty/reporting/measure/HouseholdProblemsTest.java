package th.poverty.reporting.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static th.poverty.reporting.measure.Histories.HOUSEHOLD;
import static th.poverty.reporting.measure.Histories.identified;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import th.poverty.domain.Dimension;
import th.poverty.reporting.problem.ProblemEvent.ProblemAccepted;
import th.poverty.reporting.problem.ProblemEvent.ProblemDeclined;
import th.poverty.reporting.problem.ProblemEvent.ProblemHelped;
import th.poverty.reporting.problem.ProblemEvent.ProblemIdentified;
import th.poverty.reporting.problem.ProblemEvent.ProblemRouted;
import th.poverty.reporting.problem.ProblemEvent.ProblemStatusChanged;
import th.poverty.reporting.problem.ProblemStatus;

class HouseholdProblemsTest {

    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final String AGENCY = "OBT-241101";

    private static Map<String, Long> problems(HouseholdFacts facts) {
        Map<String, Long> problems = new TreeMap<>(facts.contribution().values());
        problems.keySet().removeIf(measure -> !measure.startsWith("PROBLEMS_"));
        return problems;
    }

    private static String inDimension(Dimension dimension, ProblemStatus status) {
        return ProblemMeasure.key(new ProblemMeasure.InDimension(dimension, status));
    }

    private static String withAgency(String agency, ProblemStatus status) {
        return ProblemMeasure.key(new ProblemMeasure.WithAgency(agency, status));
    }

    @Test
    void aProblemCountsOnceInItsCurrentStatusUnderItsDimensionAndTheAgencyItIsWith() {
        var facts = new HouseholdFacts();
        History.fold(facts, new Histories(NOV_1).then(identified("24110101", null))
                .then(new ProblemIdentified("pr-1", HOUSEHOLD, Dimension.HEALTH)).events());
        assertThat(problems(facts)).isEqualTo(Map.of(inDimension(Dimension.HEALTH, ProblemStatus.NEW), 1L,
                withAgency(null, ProblemStatus.NEW), 1L));

        facts.apply(new ProblemRouted("pr-1", HOUSEHOLD, Dimension.HEALTH, AGENCY));
        facts.apply(new ProblemAccepted("pr-1", HOUSEHOLD, Dimension.HEALTH, AGENCY));
        facts.apply(new ProblemStatusChanged("pr-1", HOUSEHOLD, Dimension.HEALTH, AGENCY, ProblemStatus.IN_PROGRESS));
        assertThat(problems(facts)).isEqualTo(Map.of(inDimension(Dimension.HEALTH, ProblemStatus.IN_PROGRESS), 1L,
                withAgency(AGENCY, ProblemStatus.IN_PROGRESS), 1L));

        facts.apply(new ProblemHelped("pr-1", HOUSEHOLD, Dimension.HEALTH, AGENCY));
        facts.apply(new ProblemIdentified("pr-2", HOUSEHOLD, Dimension.INCOME));
        assertThat(problems(facts)).isEqualTo(Map.of(inDimension(Dimension.HEALTH, ProblemStatus.HELPED), 1L,
                withAgency(AGENCY, ProblemStatus.HELPED), 1L, inDimension(Dimension.INCOME, ProblemStatus.NEW), 1L,
                withAgency(null, ProblemStatus.NEW), 1L));

        facts.apply(new ProblemStatusChanged("pr-1", HOUSEHOLD, Dimension.HEALTH, AGENCY, ProblemStatus.SOLVED));
        assertThat(problems(facts)).containsEntry(inDimension(Dimension.HEALTH, ProblemStatus.SOLVED), 1L)
                .containsEntry(withAgency(AGENCY, ProblemStatus.SOLVED), 1L)
                .doesNotContainKey(inDimension(Dimension.HEALTH, ProblemStatus.HELPED));
    }

    @Test
    void aDeclinedProblemIsBackWithTheDistrictUnderNoAgencyUntilRoutedAgain() {
        var facts = new HouseholdFacts();
        History.fold(facts, new Histories(NOV_1).then(identified("24110101", null))
                .then(new ProblemIdentified("pr-1", HOUSEHOLD, Dimension.EDUCATION))
                .then(new ProblemRouted("pr-1", HOUSEHOLD, Dimension.EDUCATION, AGENCY))
                .then(new ProblemDeclined("pr-1", HOUSEHOLD, Dimension.EDUCATION)).events());
        assertThat(problems(facts)).isEqualTo(Map.of(inDimension(Dimension.EDUCATION, ProblemStatus.NEW), 1L,
                withAgency(null, ProblemStatus.NEW), 1L));

        facts.apply(new ProblemRouted("pr-1", HOUSEHOLD, Dimension.EDUCATION, "KSN-2411"));
        assertThat(problems(facts)).containsEntry(withAgency("KSN-2411", ProblemStatus.NEW), 1L)
                .doesNotContainKey(withAgency(null, ProblemStatus.NEW));
    }

    @Test
    void aProblemFoundBeforeTheHouseholdsIdentificationArrivedCountsOnceTheHouseholdIsKnown() {
        var history = new Histories(NOV_1).then(identified("24110101", null))
                .then(new ProblemIdentified("pr-1", HOUSEHOLD, Dimension.LIVING_CONDITIONS)).events();
        var problemOnly = History.fold(new HouseholdFacts(), List.of(history.get(1)));
        assertThat(AreaChanges.between(new TreeMap<>(), problemOnly)).isEmpty();

        var changes = AreaChanges.between(problemOnly, History.fold(new HouseholdFacts(), history));

        assertThat(changes).filteredOn(change -> change.measure().equals(inDimension(Dimension.LIVING_CONDITIONS,
                        ProblemStatus.NEW)))
                .extracting(AreaChange::areaCode, AreaChange::day, AreaChange::delta)
                .containsExactlyInAnyOrder(tuple("TH", NOV_1.plusDays(1), 1L),
                        tuple("24", NOV_1.plusDays(1), 1L),
                        tuple("2411", NOV_1.plusDays(1), 1L),
                        tuple("241101", NOV_1.plusDays(1), 1L),
                        tuple("24110101", NOV_1.plusDays(1), 1L));
    }
}
