package th.poverty.reporting.problem;

import th.poverty.domain.Dimension;
import th.poverty.reporting.measure.Required;

/**
 * plan-service's events of a household's problems as reporting reads them: its own records, with
 * only the fields it counts. Each names the problem, its household and its dimension, and all but
 * the identification and the decline name the agency it is with, so a problem's latest event says
 * where it stands. ProblemLinked changes no count and appears in the household's timeline only.
 */
public sealed interface ProblemEvent {

    String problemId();

    String householdId();

    Dimension dimension();

    /** A problem of the household was found: new, with no agency until it is routed. */
    record ProblemIdentified(String problemId, String householdId, Dimension dimension) implements ProblemEvent {
        public ProblemIdentified {
            named(problemId, householdId, dimension);
        }
    }

    /** The problem was sent to an agency (or another one): new again, with that agency. */
    record ProblemRouted(String problemId, String householdId, Dimension dimension, String agency) implements ProblemEvent {
        public ProblemRouted {
            named(problemId, householdId, dimension);
            Required.field("agency", agency);
        }
    }

    record ProblemAccepted(String problemId, String householdId, Dimension dimension, String agency) implements ProblemEvent {
        public ProblemAccepted {
            named(problemId, householdId, dimension);
            Required.field("agency", agency);
        }
    }

    /** The agency gave the problem back to the district: new, with no agency until routed again. */
    record ProblemDeclined(String problemId, String householdId, Dimension dimension) implements ProblemEvent {
        public ProblemDeclined {
            named(problemId, householdId, dimension);
        }
    }

    /** The agency moved the problem on: in progress, helped, solved or cannot be solved. */
    record ProblemStatusChanged(String problemId, String householdId, Dimension dimension, String agency,
                                ProblemStatus status) implements ProblemEvent {
        public ProblemStatusChanged {
            named(problemId, householdId, dimension);
            Required.field("agency", agency);
            Required.field("status", status);
        }
    }

    /** The agency delivered help for the problem: helped. */
    record ProblemHelped(String problemId, String householdId, Dimension dimension, String agency) implements ProblemEvent {
        public ProblemHelped {
            named(problemId, householdId, dimension);
            Required.field("agency", agency);
        }
    }

    private static void named(String problemId, String householdId, Dimension dimension) {
        Required.field("problemId", problemId);
        Required.field("householdId", householdId);
        Required.field("dimension", dimension);
    }
}
