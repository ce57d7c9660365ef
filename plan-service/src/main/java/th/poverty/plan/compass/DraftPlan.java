package th.poverty.plan.compass;

import java.time.LocalDate;

/** Draft a life compass for a household, with the content the team built with it. */
public record DraftPlan(String planId, String householdId, LocalDate draftedOn, PlanContent content) {
}
