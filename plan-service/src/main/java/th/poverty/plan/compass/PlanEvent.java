package th.poverty.plan.compass;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import th.poverty.domain.FreeText;
import th.poverty.plan.households.CareGroup;

/**
 * What happens to a life-compass plan, in the domain's words. Every event names the plan and
 * its household; no event carries personal data (the household's MOU signatory appears by role
 * only). Money is THB with two decimals; the why of each event is also its metadata's reason.
 * Documented for consumers in {@code asyncapi.yaml}.
 */
public sealed interface PlanEvent {

    String planId();

    String householdId();

    /** The team and the household drafted the plan: version 1 of its content. */
    record PlanDrafted(String planId, String householdId, CareGroup careGroup, LocalDate draftedOn, int planVersion,
                       PlanContent content) implements PlanEvent {
    }

    /** The household and the team signed the MOU on the plan's current version. */
    record PlanAgreed(String planId, String householdId, int planVersion, LocalDate signedOn, String place,
                      HouseholdSignatory householdSignatory, List<TeamSignatory> teamSignatories) implements PlanEvent {

        public PlanAgreed {
            teamSignatories = List.copyOf(teamSignatories);
        }
    }

    /** A new version of the plan: its whole content, what changed from the previous one, and why. */
    record PlanRevised(String planId, String householdId, int planVersion, @FreeText String reason, List<Change> changes,
                       PlanContent content) implements PlanEvent {

        public PlanRevised {
            changes = List.copyOf(changes);
        }
    }

    /** Progress on one activity of the plan. */
    record ActivityProgressRecorded(String planId, String householdId, String activityId, ProgressStatus status,
                                    LocalDate progressOn, @FreeText String note) implements PlanEvent {
    }

    /**
     * A partner agency delivered help to the household.
     *
     * @param amountThb  the value delivered, THB (for goods and services, their value)
     * @param activityId the plan's activity the help serves, or null
     */
    record AssistanceDelivered(String planId, String householdId, String agency, AssistanceKind kind,
                               BigDecimal amountThb, LocalDate deliveredOn, String activityId, @FreeText String description)
            implements PlanEvent {
    }

    /**
     * The household's income for a month, as measured with it.
     *
     * @param fiscalYear                    the B.E. fiscal year the month belongs to, whose poverty line applies
     * @param monthlyIncomeThb              the whole household's income in the month, THB
     * @param monthlyIncomePerPersonThb     that income per member, THB per person per month
     * @param annualisedIncomePerPersonThb  the same per person per year (× 12), THB: what the poverty line compares with
     * @param replacesEarlierMeasurement    true when the month had been measured before: this one replaces it
     */
    record IncomeRecorded(String planId, String householdId, YearMonth month, int fiscalYear, int householdMembers,
                          List<IncomeSource> sources, BigDecimal monthlyIncomeThb, BigDecimal monthlyIncomePerPersonThb,
                          BigDecimal annualisedIncomePerPersonThb, boolean replacesEarlierMeasurement) implements PlanEvent {

        public IncomeRecorded {
            sources = List.copyOf(sources);
        }
    }

    /** The household carried out its plan. */
    record PlanCompleted(String planId, String householdId, int planVersion, LocalDate completedOn) implements PlanEvent {
    }

    /** The plan ends without being completed. */
    record PlanClosed(String planId, String householdId, LocalDate closedOn, PlanClosure closure) implements PlanEvent {
    }
}
