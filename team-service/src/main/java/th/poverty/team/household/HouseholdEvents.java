package th.poverty.team.household;

import java.time.LocalDate;
import java.util.Optional;

/**
 * team-service's reading of household-service's events: only the fields it uses, all required
 * (a missing one makes the event a poison message); unknown fields are ignored so the producer
 * can add fields freely.
 */
public final class HouseholdEvents {

    private HouseholdEvents() {
    }

    public record HouseholdIdentified(String householdId, String provinceCode, String districtCode, String tambonCode,
                                      String villageCode, LocalDate identifiedOn) {
    }

    /** @param group WELFARE (group ก) or SELF_DEVELOPING (group ข) */
    public record HouseholdClassified(String householdId, String group) {
    }

    /** @param closure why: MOVED, DIED, DUPLICATE or MERGED */
    public record HouseholdClosed(String householdId, String closure) {
    }

    public record HouseholdGraduated(String householdId, LocalDate graduatedOn) {
    }

    public record HouseholdReopened(String householdId) {
    }

    /** The household's personal data was erased: its free text here goes too. */
    public record PersonalDataErased(String householdId) {
    }

    /** {@code HouseholdDetailsCorrected}: the village is present only when the household moved. */
    public record HouseholdDetailsCorrected(String householdId, Optional<String> provinceCode,
                                            Optional<String> districtCode, Optional<String> tambonCode,
                                            Optional<String> villageCode) {
    }
}
