package th.poverty.household.bmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.area.HouseNumber;
import th.poverty.area.NationalId;

class ScreeningTest {

    private static final SurveyRound ROUND_2568 = new SurveyRound(2568, 38, 38_000);

    private static SurveyRow household(int income, List<Integer> failedIndicators) {
        return new SurveyRow(2, NationalId.parse("1103702071838"), "สมศรี", "ใจดี", HouseNumber.parse("24010012345"),
                "24010101", 4, income, failedIndicators, null, null);
    }

    @Test
    void incomeBelowTheYearsThresholdMakesACandidate() {
        assertThat(Screening.candidateReason(household(37_999, List.of()), ROUND_2568))
                .contains("BMN survey 2568 screening: income below 38,000 THB");
    }

    @Test
    void incomeAtTheThresholdWithNoFailedIndicatorIsNotACandidate() {
        assertThat(Screening.candidateReason(household(38_000, List.of()), ROUND_2568)).isEmpty();
    }

    @Test
    void aFailedIndicatorMakesACandidateWhateverTheIncome() {
        assertThat(Screening.candidateReason(household(120_000, List.of(8, 15)), ROUND_2568))
                .contains("BMN survey 2568 screening: failed indicators 8, 15");
    }

    @Test
    void theReasonNamesBothWhenBothHold() {
        assertThat(Screening.candidateReason(household(20_000, List.of(23)), ROUND_2568)).contains(
                "BMN survey 2568 screening: income below 38,000 THB; failed indicators 23");
    }

    @Test
    void theThresholdIsTheSurveyYears() {
        var round2570 = new SurveyRound(2570, 38, 40_000);
        assertThat(Screening.candidateReason(household(39_000, List.of()), round2570)).isPresent();
        assertThat(Screening.candidateReason(household(39_000, List.of()), ROUND_2568)).isEmpty();
    }
}
