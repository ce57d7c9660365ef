package th.poverty.reporting.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.poverty.eventstore.EventMetadata;
import th.poverty.eventstore.IncomingEvent;
import th.poverty.eventstore.PoisonMessage;
import th.poverty.reporting.household.HouseholdEvent.HouseholdIdentified;

class HouseholdEventsTest {

    private static final String IDENTIFIED = """
            {"householdId": "h-1", "source": "COMMUNITY_FORUM", "provinceCode": "24", "districtCode": "2411",
             "tambonCode": "241101", "villageCode": "24110101", "identifiedOn": "2026-11-20",
             "reason": "รายได้ต่ำกว่าเกณฑ์", "headIdHash": "abc", "houseHash": null, "surveyYear": null, "addedLater": 1}""";

    private static IncomingEvent incoming(String type, String payload) {
        return new IncomingEvent(UUID.randomUUID(), "household-service", type, "household", "h-1", 1, 1, payload,
                new EventMetadata("somchai", "field-team", "", null, null, Instant.now(), "24110101"));
    }

    @Test
    void aHouseholdIdentifiedIsReadWithItsAreaPathAndUnknownFieldsIgnored() {
        var event = (HouseholdIdentified) HouseholdEvents.read(incoming("HouseholdIdentified", IDENTIFIED)).orElseThrow();

        assertThat(event.source()).isEqualTo(IdentificationSource.COMMUNITY_FORUM);
        assertThat(event.identifiedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(event.area().codes()).containsExactly("24", "2411", "241101", "24110101");
    }

    @Test
    void anEventTypeReportingDoesNotCountIsSkipped() {
        assertThat(HouseholdEvents.read(incoming("PovertyCausesRecorded", "{\"householdId\": \"h-1\", \"causes\": []}"))).isEmpty();
    }

    @Test
    void anUnreadablePayloadIsPoison() {
        assertThatThrownBy(() -> HouseholdEvents.read(incoming("HouseholdIdentified", "not json")))
                .isInstanceOf(PoisonMessage.class).hasMessageContaining("unreadable");
        assertThatThrownBy(() -> HouseholdEvents.read(incoming("HouseholdIdentified", "null")))
                .isInstanceOf(PoisonMessage.class);
        assertThatThrownBy(() -> HouseholdEvents.read(incoming("HouseholdIdentified", null)))
                .isInstanceOf(PoisonMessage.class);
    }

    @Test
    void aPayloadWithoutARequiredFieldIsPoison() {
        assertThatThrownBy(() -> HouseholdEvents.read(incoming("HouseholdIdentified",
                IDENTIFIED.replace("\"villageCode\": \"24110101\",", ""))))
                .isInstanceOf(PoisonMessage.class).hasMessageContaining("villageCode");
        assertThatThrownBy(() -> HouseholdEvents.read(incoming("HouseholdIdentified",
                IDENTIFIED.replace("\"tambonCode\": \"241101\"", "\"tambonCode\": \" \""))))
                .isInstanceOf(PoisonMessage.class).hasMessageContaining("tambonCode");
    }

    @Test
    void anUnknownSourceIsPoison() {
        assertThatThrownBy(() -> HouseholdEvents.read(incoming("HouseholdIdentified",
                IDENTIFIED.replace("COMMUNITY_FORUM", "RUMOUR"))))
                .isInstanceOf(PoisonMessage.class).hasMessageContaining("RUMOUR");
    }
}
