package th.poverty.reporting.measure;

import java.util.Optional;

import th.poverty.domain.Dimension;
import th.poverty.reporting.problem.ProblemStatus;

/**
 * The households' problems, each counted once in its current status: by dimension, and by the
 * agency it is with. Two families, not their product: an area's problems are read by one or the
 * other, and a country's agencies number in the thousands.
 */
public final class ProblemMeasure {

    /** Problems of a dimension in a status. */
    public record InDimension(Dimension dimension, ProblemStatus status) {
    }

    /** Problems with an agency, by its registry code, in a status; agency null for those back with the district. */
    public record WithAgency(String agency, ProblemStatus status) {
    }

    private static final String DIMENSION = "PROBLEMS_IN_DIMENSION|";
    /** The key ends with the agency's code, "" for none. */
    private static final String AGENCY = "PROBLEMS_WITH_AGENCY|";

    private ProblemMeasure() {
    }

    public static String key(InDimension counter) {
        return DIMENSION + counter.status().name() + "|" + counter.dimension().name();
    }

    public static String key(WithAgency counter) {
        return AGENCY + counter.status().name() + "|" + (counter.agency() == null ? "" : counter.agency());
    }

    /** The counter if the measure is one of a dimension's; empty for a status or dimension added since. */
    public static Optional<InDimension> inDimension(String measure) {
        return parts(DIMENSION, measure).flatMap(parts -> {
            try {
                return Optional.of(new InDimension(Dimension.valueOf(parts[1]), ProblemStatus.valueOf(parts[0])));
            } catch (IllegalArgumentException newer) {
                return Optional.empty();
            }
        });
    }

    /** The counter if the measure is one of an agency's; empty for a status added since. */
    public static Optional<WithAgency> withAgency(String measure) {
        return parts(AGENCY, measure).flatMap(parts -> {
            try {
                return Optional.of(new WithAgency(parts[1].isEmpty() ? null : parts[1], ProblemStatus.valueOf(parts[0])));
            } catch (IllegalArgumentException newer) {
                return Optional.empty();
            }
        });
    }

    private static Optional<String[]> parts(String prefix, String measure) {
        if (!measure.startsWith(prefix)) {
            return Optional.empty();
        }
        String[] parts = measure.substring(prefix.length()).split("\\|", 2);
        return parts.length == 2 ? Optional.of(parts) : Optional.empty();
    }
}
