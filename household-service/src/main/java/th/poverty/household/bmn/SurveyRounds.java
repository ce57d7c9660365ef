package th.poverty.household.bmn;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import th.poverty.household.PovertyLine;
import th.poverty.survey.IndicatorSets;

/** The BMN rounds: for a survey year, its indicator set (platform data) and its poverty line. */
@ApplicationScoped
public class SurveyRounds {

    private final IndicatorSets indicatorSets;
    private final PovertyLine povertyLine;

    public SurveyRounds(IndicatorSets indicatorSets, PovertyLine povertyLine) {
        this.indicatorSets = indicatorSets;
        this.povertyLine = povertyLine;
    }

    /** The rules of the survey year, or empty when no round covers it. */
    public Optional<SurveyRound> of(int surveyYear) {
        return indicatorSets.roundOf(surveyYear)
                .map(round -> new SurveyRound(surveyYear, round.count(), povertyLine.thresholdFor(surveyYear)));
    }

    /** The first survey year any round covers. */
    public int firstYear() {
        return indicatorSets.rounds().getFirst().firstYear();
    }
}
