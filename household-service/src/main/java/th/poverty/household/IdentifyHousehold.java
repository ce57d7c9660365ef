package th.poverty.household;

import java.time.LocalDate;

/** The command both identification sources end in. Identity numbers arrive already hashed. */
public record IdentifyHousehold(
        String householdId,
        IdentificationSource source,
        String villageCode,
        LocalDate identifiedOn,
        String reason,
        String headIdHash,
        String houseHash,
        Integer surveyYear) {
}
