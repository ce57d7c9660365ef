package th.poverty.plan.households;

import java.util.Optional;

/**
 * plan-service's reading of the household.events it follows: only the fields it uses, all
 * required (a missing one makes the message poison); unknown fields are ignored, so
 * household-service can add fields freely.
 */
final class HouseholdEvents {

    private HouseholdEvents() {
    }

    record Identified(String householdId, String provinceCode, String districtCode, String tambonCode,
                      String villageCode) {
    }

    record Classified(String householdId, CareGroup group) {
    }

    record CausesRecorded(String householdId) {
    }

    record CausesAcknowledged(String householdId) {
    }

    record Closed(String householdId) {
    }

    record Reopened(String householdId) {
    }

    record Graduated(String householdId) {
    }

    record Erased(String householdId) {
    }

    /** The area fields are null in the event when the village did not change. */
    record DetailsCorrected(String householdId, Optional<String> provinceCode, Optional<String> districtCode,
                            Optional<String> tambonCode, Optional<String> villageCode) {
    }
}
