package th.poverty.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.poverty.domain.Dimension;
import th.poverty.eventstore.EventCodec;
import th.poverty.reporting.progress.Problems.AgencyProblems;
import th.poverty.reporting.progress.Problems.ProblemCounts;

class FiguresTest {

    @Test
    void aMeasureNeverCountedIsZeroAndOnesANewerVersionCountsAreIgnored() {
        var figures = Figures.of(new Counts(Map.of("IDENTIFIED", 3L, "IDENTIFIED_COMMUNITY_FORUM", 3L, "SOMETHING_NEWER", 9L)));

        assertThat(figures.identified()).isEqualTo(new Figures.Identified(3, 0, 3, 0, 0, 0));
        assertThat(figures.income().baselineMedian()).isNull();
        assertThat(figures.carers().householdsPerCarer()).isNull();
        assertThat(figures.assistance()).isEmpty();
    }

    @Test
    void meansAreExactAndMediansAreReadFromTheIncomeBands() {
        Map<String, Long> values = new HashMap<>();
        values.put("INCOME_MEASURED", 4L);
        values.put("INCOME_BASELINE_SATANG", 4 * 3_050_000L);
        values.put("INCOME_LATEST_SATANG", 4 * 4_000_000L + 200);
        values.put("INCOME_BASELINE_BAND:30", 3L);
        values.put("INCOME_BASELINE_BAND:31", 1L);
        values.put("INCOME_LATEST_BAND:38", 2L);
        values.put("INCOME_LATEST_BAND:42", 2L);

        var income = Figures.of(new Counts(values)).income();

        assertThat(income.baselineMean()).isEqualByComparingTo("30500.00");
        assertThat(income.latestMean()).isEqualByComparingTo("40000.50");
        assertThat(income.meanUplift()).isEqualByComparingTo("9500.50");
        // half of four households is reached two thirds into the 30,000-baht band
        assertThat(income.baselineMedian()).isEqualByComparingTo("30667");
        assertThat(income.latestMedian()).isEqualByComparingTo("39000");
    }

    @Test
    void carerCoverageAndAssistanceAreReadFromTheirCounters() {
        var figures = Figures.of(new Counts(Map.of("CARERS", 4L, "CARERS_CARING", 3L, "CARED_HOUSEHOLDS", 8L,
                "ASSISTANCE_DELIVERIES|MONEY|อบต.บางแก้ว", 2L, "ASSISTANCE_HOUSEHOLDS|MONEY|อบต.บางแก้ว", 1L,
                "ASSISTANCE_SATANG|MONEY|อบต.บางแก้ว", 150_050L)));

        assertThat(figures.carers().householdsPerCarer()).isEqualByComparingTo("2.67");
        assertThat(figures.assistance()).containsExactly(
                new Figures.Assistance("อบต.บางแก้ว", "MONEY", 2, 1, new BigDecimal("1500.50")));
    }

    @Test
    void theChangeBetweenTwoFiguresIsFieldByField() {
        var january = Figures.of(new Counts(Map.of("IDENTIFIED", 10L, "GRADUATED", 1L, "ASSISTANCE_SATANG|LOAN|ธ.ก.ส.", 100_00L)));
        var february = Figures.of(new Counts(Map.of("IDENTIFIED", 12L, "GRADUATED", 1L, "ASSISTANCE_SATANG|MONEY|พมจ.", 50_00L)));

        var change = february.minus(january);

        assertThat(change.identified().total()).isEqualTo(2);
        assertThat(change.graduated()).isZero();
        assertThat(change.assistance()).extracting(Figures.Assistance::amountThb)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-100.00"), new BigDecimal("50.00"));
    }

    @Test
    void problemsAreCountedInAllByDimensionAndByAgencyWithTheUnroutedLast() {
        Map<String, Long> values = new HashMap<>();
        values.put("PROBLEMS_IN_DIMENSION|NEW|HEALTH", 1L);
        values.put("PROBLEMS_IN_DIMENSION|ACCEPTED|HEALTH", 2L);
        values.put("PROBLEMS_IN_DIMENSION|SOLVED|HEALTH", 4L);
        values.put("PROBLEMS_IN_DIMENSION|IN_PROGRESS|INCOME", 1L);
        values.put("PROBLEMS_IN_DIMENSION|HELPED|INCOME", 3L);
        values.put("PROBLEMS_IN_DIMENSION|UNSOLVABLE|EDUCATION", 1L);
        values.put("PROBLEMS_WITH_AGENCY|NEW|", 1L);
        values.put("PROBLEMS_WITH_AGENCY|ACCEPTED|SSJ-24", 2L);
        values.put("PROBLEMS_WITH_AGENCY|SOLVED|SSJ-24", 4L);
        values.put("PROBLEMS_WITH_AGENCY|IN_PROGRESS|OBT-241101", 1L);
        values.put("PROBLEMS_WITH_AGENCY|HELPED|OBT-241101", 3L);
        values.put("PROBLEMS_WITH_AGENCY|UNSOLVABLE|KSN-2411", 1L);

        var problems = Figures.of(new Counts(values)).problems();

        assertThat(problems.total()).isEqualTo(new ProblemCounts(12, 4, 3, 4, 1));
        assertThat(problems.byDimension()).extracting(Problems.DimensionProblems::dimension)
                .containsExactly(Dimension.values());
        assertThat(problems.in(Dimension.HEALTH)).isEqualTo(new ProblemCounts(7, 3, 0, 4, 0));
        assertThat(problems.in(Dimension.INCOME)).isEqualTo(new ProblemCounts(4, 1, 3, 0, 0));
        assertThat(problems.in(Dimension.ACCESS_TO_SERVICES)).isEqualTo(new ProblemCounts(0, 0, 0, 0, 0));
        assertThat(problems.byAgency()).containsExactly(
                new AgencyProblems("KSN-2411", new ProblemCounts(1, 0, 0, 0, 1)),
                new AgencyProblems("OBT-241101", new ProblemCounts(4, 1, 3, 0, 0)),
                new AgencyProblems("SSJ-24", new ProblemCounts(6, 2, 0, 4, 0)),
                new AgencyProblems(null, new ProblemCounts(1, 1, 0, 0, 0)));
    }

    @Test
    void problemCountersOfAStatusOrDimensionAddedSinceAreIgnoredAndAnAgencyLeftWithNoneIsNotListed() {
        var problems = Figures.of(new Counts(Map.of("PROBLEMS_IN_DIMENSION|SOLVED|SPIRITUAL", 2L,
                "PROBLEMS_WITH_AGENCY|REOPENED|SSJ-24", 5L, "PROBLEMS_WITH_AGENCY|SOLVED|OBT-241101", 0L))).problems();

        assertThat(problems.total()).isEqualTo(new ProblemCounts(0, 0, 0, 0, 0));
        assertThat(problems.byAgency()).isEmpty();
    }

    @Test
    void theChangeInProblemsIsPerDimensionAndPerAgencyEitherFigureHas() {
        var january = Figures.of(new Counts(Map.of("PROBLEMS_IN_DIMENSION|NEW|HEALTH", 2L,
                "PROBLEMS_WITH_AGENCY|NEW|SSJ-24", 2L)));
        var february = Figures.of(new Counts(Map.of("PROBLEMS_IN_DIMENSION|NEW|HEALTH", 1L,
                "PROBLEMS_IN_DIMENSION|SOLVED|HEALTH", 1L, "PROBLEMS_WITH_AGENCY|NEW|", 1L,
                "PROBLEMS_WITH_AGENCY|SOLVED|OBT-241101", 1L)));

        var change = february.minus(january).problems();

        assertThat(change.total()).isEqualTo(new ProblemCounts(0, -1, 0, 1, 0));
        assertThat(change.in(Dimension.HEALTH)).isEqualTo(new ProblemCounts(0, -1, 0, 1, 0));
        assertThat(change.byAgency()).containsExactly(
                new AgencyProblems("OBT-241101", new ProblemCounts(1, 0, 0, 1, 0)),
                new AgencyProblems("SSJ-24", new ProblemCounts(-2, -2, 0, 0, 0)),
                new AgencyProblems(null, new ProblemCounts(1, 1, 0, 0, 0)));
    }

    @Test
    void figuresFrozenBeforeProblemsWereCountedReadBackWithNone() throws Exception {
        ObjectMapper json = EventCodec.defaultMapper();
        ObjectNode frozen = json.valueToTree(Figures.of(new Counts(Map.of("IDENTIFIED", 3L))));
        frozen.remove("problems");

        var figures = json.treeToValue(frozen, Figures.class);

        assertThat(figures.identified().total()).isEqualTo(3);
        assertThat(figures.problems()).isEqualTo(Figures.of(Counts.NONE).problems());
    }
}
