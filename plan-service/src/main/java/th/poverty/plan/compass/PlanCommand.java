package th.poverty.plan.compass;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** What the team, the offices and partner agencies ask of an existing plan. */
public sealed interface PlanCommand {

    /** Sign the MOU: the household's signatory must have signed, and at least one of the team. */
    record AgreePlan(LocalDate signedOn, String place, HouseholdSignatory householdSignatory, boolean householdSigned,
                     List<TeamSignatory> teamSignatories) implements PlanCommand {

        public AgreePlan {
            teamSignatories = teamSignatories == null ? List.of() : List.copyOf(teamSignatories);
        }
    }

    /** A new version: the whole content as it should be; activities without an id are new. */
    record RevisePlan(String reason, PlanContent content) implements PlanCommand {
    }

    record RecordActivityProgress(String activityId, ProgressStatus status, LocalDate progressOn, String note)
            implements PlanCommand {
    }

    record DeliverAssistance(String agency, AssistanceKind kind, BigDecimal amountThb, LocalDate deliveredOn,
                             String activityId, String description) implements PlanCommand {
    }

    record RecordIncome(YearMonth month, int householdMembers, List<IncomeSource> sources) implements PlanCommand {

        public RecordIncome {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    record CompletePlan(LocalDate completedOn) implements PlanCommand {
    }

    record ClosePlan(LocalDate closedOn, PlanClosure closure, String reason) implements PlanCommand {
    }
}
