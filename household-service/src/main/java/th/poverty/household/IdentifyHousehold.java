package th.poverty.household;

import java.time.LocalDate;
import java.util.List;

/**
 * The command both identification sources end in. Identity numbers arrive already hashed; the
 * survey fields are null for a forum nomination.
 */
public record IdentifyHousehold(
        String householdId,
        IdentificationSource source,
        String villageCode,
        LocalDate identifiedOn,
        String reason,
        String headIdHash,
        String houseHash,
        Integer surveyYear,
        Integer members,
        Integer annualIncomePerPerson,
        List<Integer> failedIndicators,
        String earlierCase) {

    /** A household proposed at a community forum (no survey data). */
    public static IdentifyHousehold atForum(String householdId, String villageCode, LocalDate forumDate, String reason,
                                            String headIdHash, String houseHash) {
        return new IdentifyHousehold(householdId, IdentificationSource.COMMUNITY_FORUM, villageCode, forumDate, reason,
                headIdHash, houseHash, null, null, null, List.of(), null);
    }

    /** The same identification, as a new case of the household this head led before. */
    public IdentifyHousehold withEarlierCase(String earlierHousehold) {
        return new IdentifyHousehold(householdId, source, villageCode, identifiedOn, reason, headIdHash, houseHash,
                surveyYear, members, annualIncomePerPerson, failedIndicators, earlierHousehold);
    }
}
