package th.poverty.household;

import java.time.LocalDate;
import java.util.List;

/**
 * What happens to a household, in the domain's words. Payloads carry no personal data: the head
 * of household appears only as a keyed hash of the national ID, the house as a keyed hash of its
 * registration number.
 */
public sealed interface HouseholdEvent {

    String householdId();

    /**
     * A target household was identified, from the BMN survey or at a community forum.
     *
     * @param identifiedOn          the forum date, or the survey's import date
     * @param surveyYear            the BMN survey year (B.E.), for survey imports; null for a forum nomination
     * @param members               household members, from the survey (null when not known)
     * @param annualIncomePerPerson income per person per year in THB, from the survey (null when not known)
     * @param failedIndicators      the BMN indicators the household fails, by number (empty when not known)
     */
    record HouseholdIdentified(
            String householdId,
            IdentificationSource source,
            String provinceCode,
            String districtCode,
            String tambonCode,
            String villageCode,
            LocalDate identifiedOn,
            String reason,
            String headIdHash,
            String houseHash,
            Integer surveyYear,
            Integer members,
            Integer annualIncomePerPerson,
            List<Integer> failedIndicators) implements HouseholdEvent {

        public HouseholdIdentified {
            failedIndicators = failedIndicators == null ? List.of() : List.copyOf(failedIndicators);
        }
    }
}
