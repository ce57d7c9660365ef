package th.poverty.reporting.team;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonAlias;

import th.poverty.area.AreaPath;
import th.poverty.reporting.measure.Required;

/**
 * team-service's carer events as reporting reads them (its own records, only the fields it
 * counts). Team events (TeamFormed, TeamMemberJoined, TeamMemberLeft) change no count and are
 * skipped. A carer's events share the carer's stream, so they arrive in order.
 */
public sealed interface TeamEvent {

    String carerId();

    /**
     * A person was registered as a carer (one carer for at most three households).
     *
     * @param tambonCode  null for a district-wide carer
     * @param villageCode null for a tambon- or district-wide carer
     */
    record CarerRegistered(String carerId, String provinceCode, String districtCode, String tambonCode,
                           String villageCode) implements TeamEvent {
        public CarerRegistered {
            Required.field("carerId", carerId);
            Required.field("provinceCode", provinceCode);
            Required.field("districtCode", districtCode);
        }

        public AreaPath area() {
            return new AreaPath(provinceCode, districtCode, tambonCode, tambonCode == null ? null : villageCode);
        }
    }

    /** @param cap the province's cap the assignment was decided under; absent before provinces could set one */
    record CarerAssigned(@JsonAlias("carer") String carerId, @JsonAlias("household") String householdId,
                         LocalDate assignedOn, Integer cap) implements TeamEvent {
        public CarerAssigned {
            Required.field("carerId", carerId);
            Required.field("householdId", householdId);
        }
    }

    record CarerReleased(@JsonAlias("carer") String carerId, @JsonAlias("household") String householdId,
                         LocalDate releasedOn) implements TeamEvent {
        public CarerReleased {
            Required.field("carerId", carerId);
            Required.field("householdId", householdId);
        }
    }
}
