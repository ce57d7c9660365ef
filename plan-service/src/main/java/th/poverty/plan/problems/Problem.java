package th.poverty.plan.problems;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import th.poverty.domain.Decision;
import th.poverty.domain.Dimension;
import th.poverty.domain.FactDate;
import th.poverty.domain.Rejection;
import th.poverty.domain.WelfareNeed;
import th.poverty.plan.compass.Baht;
import th.poverty.plan.problems.ProblemCommand.Accept;
import th.poverty.plan.problems.ProblemCommand.ChangeStatus;
import th.poverty.plan.problems.ProblemCommand.Decline;
import th.poverty.plan.problems.ProblemCommand.Help;
import th.poverty.plan.problems.ProblemCommand.Link;
import th.poverty.plan.problems.ProblemCommand.PassedInSurvey;
import th.poverty.plan.problems.ProblemCommand.Reroute;
import th.poverty.plan.problems.ProblemEvent.ProblemAccepted;
import th.poverty.plan.problems.ProblemEvent.ProblemDeclined;
import th.poverty.plan.problems.ProblemEvent.ProblemHelped;
import th.poverty.plan.problems.ProblemEvent.ProblemIdentified;
import th.poverty.plan.problems.ProblemEvent.ProblemLinked;
import th.poverty.plan.problems.ProblemEvent.ProblemRouted;
import th.poverty.plan.problems.ProblemEvent.ProblemStatusChanged;

/**
 * One problem of a household (or one welfare referral of a group ก household), routed to the
 * agency responsible and tracked until it is solved: the agency accepts it, works on it, helps,
 * and solves it; or gives it back to the district, or finds it cannot be solved, which sends it to
 * the district's forum. The district may route it elsewhere at any time before it is solved.
 *
 * @param agency            the registry code of the agency it is with; null while the district routes it
 * @param linkedActivities  the compass activities answering it, as {@code planId/activityId}
 */
public record Problem(String problemId, String householdId, Dimension dimension, ProblemOrigin origin,
                      String descriptionCode, WelfareNeed welfareNeed, ProblemStatus status, String agency,
                      LocalDate identifiedOn, LocalDate dueOn, Set<String> linkedActivities) {

    /** How far ahead a due date may lie. */
    static final Period DUE_HORIZON = Period.ofYears(2);

    public Problem {
        linkedActivities = Set.copyOf(linkedActivities);
    }

    /** What a new problem is, before it exists. */
    public record Found(String problemId, String householdId, Dimension dimension, ProblemOrigin origin,
                        String descriptionCode, WelfareNeed welfareNeed) {
    }

    /** Where the routing table sends a problem, and by when the agency should have helped. */
    public record Route(String agency, LocalDate dueOn) {
    }

    /** A new problem, routed at once when the province's table names an agency for it. */
    public static List<ProblemEvent> identify(Found found, Optional<Route> route, LocalDate today) {
        var identified = new ProblemIdentified(found.problemId(), found.householdId(), found.dimension(), found.origin(),
                found.descriptionCode(), found.welfareNeed(), today);
        return route.<List<ProblemEvent>>map(r -> List.of(identified, new ProblemRouted(found.problemId(),
                        found.householdId(), found.dimension(), r.agency(), null, today, r.dueOn(), false)))
                .orElseGet(() -> List.of(identified));
    }

    public Decision<ProblemEvent> decide(ProblemCommand command, LocalDate today) {
        return switch (command) {
            case Reroute reroute -> reroute(reroute, today);
            case Accept accept -> accept(accept, today);
            case Decline decline -> decline(decline, today);
            case ChangeStatus change -> change(change, today);
            case Help help -> help(help, today);
            case Link link -> link(link);
            case PassedInSurvey passed -> status == ProblemStatus.SOLVED || status == ProblemStatus.UNSOLVABLE
                    ? rule("problem-closed", "Problem " + problemId + " is " + status)
                    : Decision.accept(new ProblemStatusChanged(problemId, householdId, dimension, agency,
                            ProblemStatus.SOLVED, passed.surveyedOn()));
        };
    }

    /** Overdue: still open after the day its agency should have helped by. */
    public boolean overdueOn(LocalDate day) {
        return status.overdue(dueOn, day);
    }

    private Decision<ProblemEvent> reroute(Reroute reroute, LocalDate today) {
        if (status == ProblemStatus.SOLVED) {
            return rule("problem-solved", "Problem " + problemId + " is solved; it is not routed again");
        }
        if (reroute.agency().equals(agency)) {
            return rule("same-agency", "Problem " + problemId + " is already with " + agency);
        }
        var wrongDue = FactDate.targetProblem("dueOn", reroute.dueOn(), today, DUE_HORIZON);
        if (wrongDue.isPresent()) {
            return Decision.reject(wrongDue.get());
        }
        if (reroute.dueOn().isBefore(today)) {
            return Decision.reject(Rejection.invalid("dueOn", "due-date-passed", "A new due date lies ahead, not on "
                    + reroute.dueOn()));
        }
        return Decision.accept(new ProblemRouted(problemId, householdId, dimension, reroute.agency(), agency, today,
                reroute.dueOn(), true));
    }

    private Decision<ProblemEvent> accept(Accept accept, LocalDate today) {
        if (status != ProblemStatus.NEW) {
            return rule("already-accepted", "Problem " + problemId + " is " + status + ", past being accepted");
        }
        return dated("acceptedOn", accept.acceptedOn(), today)
                .orElseGet(() -> Decision.accept(new ProblemAccepted(problemId, householdId, dimension, agency,
                        accept.acceptedOn())));
    }

    private Decision<ProblemEvent> decline(Decline decline, LocalDate today) {
        if (!status.open()) {
            return rule("problem-not-open", "Problem " + problemId + " is " + status + ": helped or closed, it is not "
                    + "given back");
        }
        return dated("declinedOn", decline.declinedOn(), today)
                .orElseGet(() -> Decision.accept(new ProblemDeclined(problemId, householdId, dimension, agency,
                        decline.declinedOn())));
    }

    private Decision<ProblemEvent> change(ChangeStatus change, LocalDate today) {
        ProblemStatus to = change.status();
        if (status == ProblemStatus.SOLVED || status == ProblemStatus.UNSOLVABLE) {
            return rule("problem-closed", "Problem " + problemId + " is " + status + "; the district routes it again "
                    + "if it needs more work");
        }
        if (status == ProblemStatus.NEW) {
            return rule("not-accepted", "The agency accepts problem " + problemId + " before it reports on it");
        }
        if (to == ProblemStatus.NEW || to == ProblemStatus.ACCEPTED) {
            return Decision.reject(Rejection.invalid("status", "status-not-reported",
                    "An agency reports IN_PROGRESS, HELPED, SOLVED or UNSOLVABLE; it accepts or declines by their own requests"));
        }
        if (to == status) {
            return rule("status-unchanged", "Problem " + problemId + " is already " + status);
        }
        if (to == ProblemStatus.IN_PROGRESS && status != ProblemStatus.ACCEPTED && status != ProblemStatus.HELPED) {
            return rule("status-order", "Problem " + problemId + " is " + status + "; it goes back in progress only "
                    + "from accepted or helped");
        }
        if (to == ProblemStatus.UNSOLVABLE && !change.reasonGiven()) {
            return Decision.reject(Rejection.invalid("reason", "reason-required",
                    "Say why the problem cannot be solved: the district's forum (ศจพ.อ.) takes it up from there"));
        }
        return dated("changedOn", change.changedOn(), today)
                .orElseGet(() -> Decision.accept(new ProblemStatusChanged(problemId, householdId, dimension, agency, to,
                        change.changedOn())));
    }

    private Decision<ProblemEvent> help(Help help, LocalDate today) {
        if (status == ProblemStatus.NEW) {
            return rule("not-accepted", "The agency accepts problem " + problemId + " before it records help for it");
        }
        if (status == ProblemStatus.SOLVED || status == ProblemStatus.UNSOLVABLE) {
            return rule("problem-closed", "Problem " + problemId + " is " + status);
        }
        if (Baht.negative(help.amountThb())) {
            return Decision.reject(Rejection.invalid("amountThb", "negative-amount", "Help is worth 0 baht or more"));
        }
        return dated("helpedOn", help.helpedOn(), today)
                .orElseGet(() -> Decision.accept(new ProblemHelped(problemId, householdId, dimension, agency, help.kind(),
                        Baht.of(help.amountThb()), help.helpedOn(),
                        help.description())));
    }

    private Decision<ProblemEvent> link(Link link) {
        if (!link.agencyPart()) {
            return Decision.reject(Rejection.invalid("activityId", "not-an-agency-activity",
                    "Activity " + link.activityId() + " is not in the compass's agencies' part (หน่วยงาน)"));
        }
        if (linkedActivities.contains(link.planId() + "/" + link.activityId())) {
            return rule("already-linked", "Activity " + link.activityId() + " already answers problem " + problemId);
        }
        return Decision.accept(new ProblemLinked(problemId, householdId, dimension, link.planId(), link.activityId()));
    }

    private Optional<Decision<ProblemEvent>> dated(String field, LocalDate date, LocalDate today) {
        return FactDate.problem(field, date, today, identifiedOn, "before-identified", "the problem was identified")
                .map(Decision::reject);
    }

    private static Decision<ProblemEvent> rule(String code, String message) {
        return Decision.reject(Rejection.rule(code, message));
    }

    public static Problem apply(Problem problem, ProblemEvent event) {
        return switch (event) {
            case ProblemIdentified e -> new Problem(e.problemId(), e.householdId(), e.dimension(), e.origin(),
                    e.descriptionCode(), e.welfareNeed(), ProblemStatus.NEW, null, e.identifiedOn(), null, Set.of());
            case ProblemRouted e -> problem.with(ProblemStatus.NEW, e.agency(), e.dueOn(), problem.linkedActivities);
            case ProblemAccepted e -> problem.with(ProblemStatus.ACCEPTED, problem.agency, problem.dueOn,
                    problem.linkedActivities);
            case ProblemDeclined e -> problem.with(ProblemStatus.NEW, null, null, problem.linkedActivities);
            case ProblemStatusChanged e -> problem.with(e.status(), problem.agency, problem.dueOn, problem.linkedActivities);
            case ProblemHelped e -> problem.with(ProblemStatus.HELPED, problem.agency, problem.dueOn,
                    problem.linkedActivities);
            case ProblemLinked e -> {
                Set<String> linked = new HashSet<>(problem.linkedActivities);
                linked.add(e.planId() + "/" + e.activityId());
                yield problem.with(problem.status, problem.agency, problem.dueOn, linked);
            }
        };
    }

    private Problem with(ProblemStatus status, String agency, LocalDate dueOn, Set<String> linked) {
        return new Problem(problemId, householdId, dimension, origin, descriptionCode, welfareNeed, status, agency,
                identifiedOn, dueOn, linked);
    }
}
