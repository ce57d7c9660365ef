package th.poverty.reporting.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import th.poverty.domain.Dimension;
import th.poverty.reporting.measure.ProblemMeasure;
import th.poverty.reporting.problem.ProblemStatus;

/**
 * The households' problems (ThaiQM) in an area, each counted once, in its current status and under
 * the agency it is with now: in all, by dimension and by agency.
 *
 * @param byDimension every dimension, in ThaiQM's order
 * @param byAgency    the agencies with problems, by registry code; null (last) for the problems back
 *                    with the district, waiting to be routed
 */
public record Problems(ProblemCounts total, List<DimensionProblems> byDimension, List<AgencyProblems> byAgency) {

    /** Agencies by code, the district's waiting problems last. */
    private static final Comparator<String> AGENCIES = Comparator.nullsLast(Comparator.naturalOrder());

    static final Problems NONE = of(Counts.NONE);

    /**
     * Found is every problem, the others are its parts by status: in progress the problems still
     * open (new, accepted or in progress), then helped, solved, and those that cannot be solved.
     */
    public record ProblemCounts(long found, long inProgress, long helped, long solved, long unsolvable) {

        static final ProblemCounts NONE = new ProblemCounts(0, 0, 0, 0, 0);

        static ProblemCounts of(ProblemStatus status, long problems) {
            return switch (status) {
                case NEW, ACCEPTED, IN_PROGRESS -> new ProblemCounts(problems, problems, 0, 0, 0);
                case HELPED -> new ProblemCounts(problems, 0, problems, 0, 0);
                case SOLVED -> new ProblemCounts(problems, 0, 0, problems, 0);
                case UNSOLVABLE -> new ProblemCounts(problems, 0, 0, 0, problems);
            };
        }

        ProblemCounts plus(ProblemCounts other) {
            return new ProblemCounts(found + other.found, inProgress + other.inProgress, helped + other.helped,
                    solved + other.solved, unsolvable + other.unsolvable);
        }

        ProblemCounts minus(ProblemCounts earlier) {
            return new ProblemCounts(found - earlier.found, inProgress - earlier.inProgress, helped - earlier.helped,
                    solved - earlier.solved, unsolvable - earlier.unsolvable);
        }
    }

    /** A dimension's problems: สุขภาพ, ความเป็นอยู่, การศึกษา, รายได้, การเข้าถึงบริการรัฐ. */
    public record DimensionProblems(Dimension dimension, ProblemCounts counts) {
    }

    /** The problems with one agency, by its registry code; null for the district's, waiting to be routed. */
    public record AgencyProblems(String agency, ProblemCounts counts) {
    }

    public ProblemCounts in(Dimension dimension) {
        return byDimension.stream().filter(problems -> problems.dimension() == dimension).findFirst()
                .map(DimensionProblems::counts).orElse(ProblemCounts.NONE);
    }

    static Problems of(Counts counts) {
        Map<Dimension, ProblemCounts> dimensions = new EnumMap<>(Dimension.class);
        Map<String, ProblemCounts> agencies = new TreeMap<>(AGENCIES);
        counts.values().forEach((measure, value) -> {
            ProblemMeasure.inDimension(measure).ifPresent(counter ->
                    dimensions.merge(counter.dimension(), ProblemCounts.of(counter.status(), value), ProblemCounts::plus));
            ProblemMeasure.withAgency(measure).ifPresent(counter ->
                    agencies.merge(counter.agency(), ProblemCounts.of(counter.status(), value), ProblemCounts::plus));
        });
        ProblemCounts total = ProblemCounts.NONE;
        List<DimensionProblems> byDimension = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            ProblemCounts problems = dimensions.getOrDefault(dimension, ProblemCounts.NONE);
            byDimension.add(new DimensionProblems(dimension, problems));
            total = total.plus(problems);
        }
        List<AgencyProblems> byAgency = new ArrayList<>();
        agencies.forEach((agency, problems) -> {
            if (!problems.equals(ProblemCounts.NONE)) {
                byAgency.add(new AgencyProblems(agency, problems));
            }
        });
        return new Problems(total, byDimension, byAgency);
    }

    /** Field by field, these problems less earlier ones; an agency either has is listed. */
    Problems minus(Problems earlier) {
        Map<String, ProblemCounts> before = new TreeMap<>(AGENCIES);
        earlier.byAgency.forEach(problems -> before.put(problems.agency(), problems.counts()));
        Map<String, ProblemCounts> now = new TreeMap<>(AGENCIES);
        byAgency.forEach(problems -> now.put(problems.agency(), problems.counts()));
        before.keySet().forEach(agency -> now.putIfAbsent(agency, ProblemCounts.NONE));
        List<AgencyProblems> changed = new ArrayList<>();
        now.forEach((agency, problems) ->
                changed.add(new AgencyProblems(agency, problems.minus(before.getOrDefault(agency, ProblemCounts.NONE)))));
        return new Problems(total.minus(earlier.total),
                byDimension.stream().map(problems -> new DimensionProblems(problems.dimension(),
                        problems.counts().minus(earlier.in(problems.dimension())))).toList(),
                changed);
    }
}
