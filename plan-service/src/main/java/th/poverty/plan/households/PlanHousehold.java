package th.poverty.plan.households;

import th.poverty.area.AreaPath;

/**
 * A household as plan-service knows it from household.events: where it lives, how far step 1
 * took it ({@code status}: IDENTIFIED, CLASSIFIED, GRADUATED, CLOSED), its group once classified,
 * and whether its Family Folder's causes are recorded and acknowledged by the household.
 */
public record PlanHousehold(String householdId, AreaPath area, String status, CareGroup careGroup,
                            boolean causesRecorded, boolean causesAcknowledged) {

    public boolean closed() {
        return "CLOSED".equals(status);
    }
}
