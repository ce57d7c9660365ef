package th.poverty.reporting.household;

import java.time.LocalDate;

import th.poverty.area.AreaPath;

/**
 * household-service's events as reporting reads them. Reporting keeps its own copy of their
 * shape, only the fields it needs: household-service may add fields without breaking it.
 */
public sealed interface HouseholdEvent {

    String householdId();

    /** A target household was identified, from the BMN survey or at a community forum. */
    record HouseholdIdentified(
            String householdId,
            IdentificationSource source,
            String provinceCode,
            String districtCode,
            String tambonCode,
            String villageCode,
            LocalDate identifiedOn) implements HouseholdEvent {

        public HouseholdIdentified {
            required("householdId", householdId);
            required("source", source);
            required("provinceCode", provinceCode);
            required("districtCode", districtCode);
            required("tambonCode", tambonCode);
            required("villageCode", villageCode);
            required("identifiedOn", identifiedOn);
        }

        /** The household's place in the area tree, as household-service resolved it. */
        public AreaPath area() {
            return new AreaPath(provinceCode, districtCode, tambonCode, villageCode);
        }
    }

    private static void required(String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException("missing " + field);
        }
    }
}
