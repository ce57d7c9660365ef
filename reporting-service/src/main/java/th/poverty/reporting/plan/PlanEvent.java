package th.poverty.reporting.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import th.poverty.reporting.measure.Required;

/**
 * plan-service's events as reporting reads them: its own records with only the fields it
 * counts. Every plan event names its household; PlanRevised and ActivityProgressRecorded change
 * no count and appear in the household's timeline only.
 */
public sealed interface PlanEvent {

    String planId();

    String householdId();

    record PlanDrafted(String planId, String householdId) implements PlanEvent {
        public PlanDrafted {
            Required.field("planId", planId);
            Required.field("householdId", householdId);
        }
    }

    /** The MOU was signed. */
    record PlanAgreed(String planId, String householdId, LocalDate signedOn) implements PlanEvent {
        public PlanAgreed {
            Required.field("planId", planId);
            Required.field("householdId", householdId);
        }
    }

    record PlanCompleted(String planId, String householdId) implements PlanEvent {
        public PlanCompleted {
            Required.field("planId", planId);
            Required.field("householdId", householdId);
        }
    }

    record PlanClosed(String planId, String householdId) implements PlanEvent {
        public PlanClosed {
            Required.field("planId", planId);
            Required.field("householdId", householdId);
        }
    }

    /**
     * A partner agency delivered help.
     *
     * @param kind kept as text: plan-service may add kinds, which are counted under their name
     */
    record AssistanceDelivered(String planId, String householdId, String agency, String kind, BigDecimal amountThb,
                               LocalDate deliveredOn) implements PlanEvent {
        public AssistanceDelivered {
            Required.field("planId", planId);
            Required.field("householdId", householdId);
            Required.field("agency", agency);
            Required.field("kind", kind);
            Required.field("amountThb", amountThb);
        }
    }

    /** The household's income in a month; a later measurement of the same month replaces it. */
    record IncomeRecorded(String planId, String householdId, YearMonth month, BigDecimal annualisedIncomePerPersonThb)
            implements PlanEvent {
        public IncomeRecorded {
            Required.field("planId", planId);
            Required.field("householdId", householdId);
            Required.field("month", month);
            Required.field("annualisedIncomePerPersonThb", annualisedIncomePerPersonThb);
        }
    }
}
