package th.poverty.plan.households;

import th.poverty.area.AreaPath;

/**
 * A household as plan-service knows it from household.events: where it lives, how far step 1
 * took it ({@code status}: IDENTIFIED, CLASSIFIED, GRADUATED, CLOSED) and its group once classified.
 */
public record PlanHousehold(String householdId, AreaPath area, String status, CareGroup careGroup) {

    public boolean closed() {
        return "CLOSED".equals(status);
    }
}
