package th.poverty.reporting.measure;

import java.util.HashMap;
import java.util.Map;

import th.poverty.domain.Dimension;
import th.poverty.reporting.problem.ProblemEvent;
import th.poverty.reporting.problem.ProblemEvent.ProblemAccepted;
import th.poverty.reporting.problem.ProblemEvent.ProblemDeclined;
import th.poverty.reporting.problem.ProblemEvent.ProblemHelped;
import th.poverty.reporting.problem.ProblemEvent.ProblemIdentified;
import th.poverty.reporting.problem.ProblemEvent.ProblemRouted;
import th.poverty.reporting.problem.ProblemEvent.ProblemStatusChanged;
import th.poverty.reporting.problem.ProblemStatus;

/**
 * A household's problems as they stand: each in its dimension, with the agency it is with (none
 * while the district routes it) and in its status. Every event after the identification tells all
 * three, so a problem stands where its latest event says.
 */
final class HouseholdProblems {

    private record Problem(Dimension dimension, String agency, ProblemStatus status) {
    }

    private final Map<String, Problem> problems = new HashMap<>();

    void apply(ProblemEvent event) {
        switch (event) {
            // should a clock put a later event of the problem first, that one stands
            case ProblemIdentified e -> problems.putIfAbsent(e.problemId(), new Problem(e.dimension(), null, ProblemStatus.NEW));
            case ProblemRouted e -> stands(e, e.agency(), ProblemStatus.NEW);
            case ProblemAccepted e -> stands(e, e.agency(), ProblemStatus.ACCEPTED);
            case ProblemDeclined e -> stands(e, null, ProblemStatus.NEW);
            case ProblemStatusChanged e -> stands(e, e.agency(), e.status());
            case ProblemHelped e -> stands(e, e.agency(), ProblemStatus.HELPED);
        }
    }

    private void stands(ProblemEvent event, String agency, ProblemStatus status) {
        problems.put(event.problemId(), new Problem(event.dimension(), agency, status));
    }

    /** Adds each problem once, in its status, under its dimension and under its agency. */
    void count(Map<String, Long> values) {
        for (Problem problem : problems.values()) {
            values.merge(ProblemMeasure.key(new ProblemMeasure.InDimension(problem.dimension(), problem.status())), 1L,
                    Long::sum);
            values.merge(ProblemMeasure.key(new ProblemMeasure.WithAgency(problem.agency(), problem.status())), 1L,
                    Long::sum);
        }
    }
}
