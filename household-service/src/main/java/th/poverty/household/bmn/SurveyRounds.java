package th.poverty.household.bmn;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import th.poverty.household.PovertyLine;

/** The configured BMN rounds: for a survey year, its indicator set and its poverty line. */
@ApplicationScoped
public class SurveyRounds {

    private final TreeMap<Integer, Integer> indicatorsByFirstYear = new TreeMap<>();
    private final PovertyLine povertyLine;

    public SurveyRounds(BmnImportConfig config, PovertyLine povertyLine) {
        config.indicators().forEach((year, count) -> indicatorsByFirstYear.put(Integer.parseInt(year), count));
        this.povertyLine = povertyLine;
    }

    /** The rules of the survey year, or empty when no configured round covers it. */
    public Optional<SurveyRound> of(int surveyYear) {
        Map.Entry<Integer, Integer> round = indicatorsByFirstYear.floorEntry(surveyYear);
        return round == null ? Optional.empty()
                : Optional.of(new SurveyRound(surveyYear, round.getValue(), povertyLine.thresholdFor(surveyYear)));
    }

    /** The first survey year any configured round covers. */
    public int firstYear() {
        return indicatorsByFirstYear.firstKey();
    }
}
