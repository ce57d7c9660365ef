package th.poverty.household.bmn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * BMN screening (step 1, ชี้เป้าชีวิต): a household is a candidate when its income per person per
 * year is below the survey year's threshold or it fails at least one indicator. Others are
 * counted, not identified.
 */
final class Screening {

    private Screening() {
    }

    /** Why the household is a candidate, in the words its events record; empty when it is not one. */
    static Optional<String> candidateReason(SurveyRow row, SurveyRound round) {
        List<String> why = new ArrayList<>(2);
        if (row.incomePerPerson() < round.incomeThreshold()) {
            // the income itself is in the event: the reason says which rule it met
            why.add("income below " + baht(round.incomeThreshold()) + " THB");
        }
        if (!row.failedIndicators().isEmpty()) {
            why.add("failed indicators " + row.failedIndicators().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        if (why.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("BMN survey " + round.surveyYear() + " screening: " + String.join("; ", why));
    }

    private static String baht(int amount) {
        return String.format(Locale.ROOT, "%,d", amount);
    }
}
