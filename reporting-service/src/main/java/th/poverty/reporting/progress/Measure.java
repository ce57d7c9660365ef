package th.poverty.reporting.progress;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import th.poverty.reporting.household.IdentificationSource;

/** What is counted per area: each measure is a number of households. */
public enum Measure {
    IDENTIFIED,
    IDENTIFIED_BMN_SURVEY,
    IDENTIFIED_COMMUNITY_FORUM;

    /** Empty for a measure only a newer version of this service counts (during a rolling deployment). */
    static Optional<Measure> named(String name) {
        return Arrays.stream(values()).filter(measure -> measure.name().equals(name)).findFirst();
    }

    /** An identified household counts in the total and under its source. */
    static List<Measure> identified(IdentificationSource source) {
        return List.of(IDENTIFIED, switch (source) {
            case BMN_SURVEY -> IDENTIFIED_BMN_SURVEY;
            case COMMUNITY_FORUM -> IDENTIFIED_COMMUNITY_FORUM;
        });
    }
}
