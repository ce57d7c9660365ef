package th.poverty.plan.households;

/**
 * plan-service's reading of household-service's {@code HouseholdIdentified}: only the fields it
 * uses, all required; unknown fields are ignored so the producer can add fields freely.
 */
record HouseholdIdentified(
        String householdId,
        String provinceCode,
        String districtCode,
        String tambonCode,
        String villageCode) {
}
