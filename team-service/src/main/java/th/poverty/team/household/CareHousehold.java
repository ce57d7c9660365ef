package th.poverty.team.household;

import th.poverty.area.AreaPath;

/**
 * A household as the care rules see it: where it lives, whether it is still in the programme and
 * who cares for it now.
 *
 * @param carerId the active carer, or null
 */
public record CareHousehold(String householdId, AreaPath area, HouseholdStatus status, String carerId) {

    /** The same household once its carer let it go. */
    public CareHousehold released() {
        return new CareHousehold(householdId, area, status, null);
    }
}
