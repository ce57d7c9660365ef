package th.poverty.team.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.poverty.eventstore.EventMetadata;
import th.poverty.eventstore.IncomingEvent;
import th.poverty.eventstore.PoisonMessage;
import th.poverty.team.household.HouseholdEvents.HouseholdClosed;
import th.poverty.team.household.HouseholdEvents.HouseholdDetailsCorrected;

/** team-service reads household-service's payloads as that service writes them (see its HouseholdEvent). */
class HouseholdEventsReadingTest {

    private static IncomingEvent event(String type, String payload) {
        return new IncomingEvent(UUID.randomUUID(), "household-service", type, "household", "h-1", 2, 1, payload,
                new EventMetadata("somchai", "field-team", "", null, null, Instant.now(), null));
    }

    @Test
    void aCorrectionWithoutAVillageReadsAsNoMove() {
        var correction = event("HouseholdDetailsCorrected", """
                {"householdId": "h-1", "provinceCode": null, "districtCode": null, "tambonCode": null, "villageCode": null,
                 "members": 4, "personalFields": []}""").payloadAs(HouseholdDetailsCorrected.class);

        assertThat(correction.villageCode()).isEmpty();
    }

    @Test
    void aCorrectionWithAVillageReadsAsAMove() {
        var correction = event("HouseholdDetailsCorrected", """
                {"householdId": "h-1", "provinceCode": "24", "districtCode": "2411", "tambonCode": "241101",
                 "villageCode": "24110101", "members": null, "personalFields": []}""").payloadAs(HouseholdDetailsCorrected.class);

        assertThat(correction.districtCode()).contains("2411");
        assertThat(correction.villageCode()).isEqualTo(Optional.of("24110101"));
    }

    @Test
    void aClosureWithoutItsReasonIsAPoisonMessage() {
        assertThat(event("HouseholdClosed", """
                {"householdId": "h-1", "closure": "MOVED", "duplicateOf": null}""").payloadAs(HouseholdClosed.class).closure())
                .isEqualTo("MOVED");
        assertThatThrownBy(() -> event("HouseholdClosed", "{\"householdId\": \"h-1\"}").payloadAs(HouseholdClosed.class))
                .isInstanceOf(PoisonMessage.class);
    }
}
