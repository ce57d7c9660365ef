package th.poverty.plan.households;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.poverty.domain.Dimension;
import th.poverty.domain.WelfareNeed;
import th.poverty.eventstore.EventCodec;
import th.poverty.eventstore.IncomingEvent;
import th.poverty.eventstore.PoisonMessage;

/**
 * plan-service's reading of the household.events it follows: only the fields it uses, all
 * required (a missing one makes the message poison); unknown fields are ignored, so
 * household-service can add fields freely.
 */
final class HouseholdEvents {

    private HouseholdEvents() {
    }

    /** {@code surveyYear} is empty for a forum nomination; {@code failedIndicators} then empty too. */
    record Identified(String householdId, String provinceCode, String districtCode, String tambonCode,
                      String villageCode, Optional<Integer> surveyYear, List<Integer> failedIndicators) {
    }

    /** A later survey year's facts: a verified household's problems follow them, a candidate's wait. */
    record Resurveyed(String householdId, int surveyYear, List<Integer> failedIndicators, boolean verified) {
    }

    /** A TPMAP list named the head: a verified household's problems follow the dimensions, a candidate's wait. */
    record TpmapFlagged(String householdId, int listYear, List<Dimension> dimensions, boolean verified) {
    }

    /** A survey candidate verified: its failed indicators become problems. */
    record Confirmed(String householdId) {
    }

    record Classified(String householdId, CareGroup group) {
    }

    /** A group ก household's welfare needs; absent from events recorded before needs were stated, so read apart. */
    record WelfareNeeds(List<WelfareNeed> welfareNeeds) {

        static List<WelfareNeed> of(IncomingEvent event) {
            try {
                List<WelfareNeed> needs = LENIENT.readValue(event.payload(), WelfareNeeds.class).welfareNeeds();
                return needs == null ? List.of() : needs;
            } catch (JsonProcessingException e) {
                throw new PoisonMessage("unreadable welfare needs in " + event.eventId() + ": " + e.getOriginalMessage());
            }
        }
    }

    private static final ObjectMapper LENIENT = EventCodec.defaultMapper();

    record CausesRecorded(String householdId, List<Cause> causes) {

        /** A cause's dimension; its description stays in household-service. */
        record Cause(Dimension dimension) {
        }
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
