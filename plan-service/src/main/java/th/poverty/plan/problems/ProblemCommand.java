package th.poverty.plan.problems;

import java.math.BigDecimal;
import java.time.LocalDate;

import th.poverty.plan.compass.AssistanceKind;

/** What an agency, or a district on its behalf, asks of a problem. */
public sealed interface ProblemCommand {

    /** The district sends the problem to another agency, with a reason. */
    record Reroute(String agency, LocalDate dueOn) implements ProblemCommand {
    }

    record Accept(LocalDate acceptedOn) implements ProblemCommand {
    }

    /** The agency gives the problem back to the district, with a reason. */
    record Decline(LocalDate declinedOn) implements ProblemCommand {
    }

    /** @param reasonGiven whether the request says why: a problem that cannot be solved needs one */
    record ChangeStatus(ProblemStatus status, LocalDate changedOn, boolean reasonGiven) implements ProblemCommand {
    }

    /** A later survey found the household passing what the problem was about: it is solved. */
    record PassedInSurvey(int surveyYear, LocalDate surveyedOn) implements ProblemCommand {
    }

    record Help(AssistanceKind kind, BigDecimal amountThb, LocalDate helpedOn, String description) implements ProblemCommand {
    }

    /** @param agencyPart whether the activity lies in the compass's agencies' part */
    record Link(String planId, String activityId, boolean agencyPart) implements ProblemCommand {
    }
}
