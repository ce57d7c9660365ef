package th.poverty.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
}
