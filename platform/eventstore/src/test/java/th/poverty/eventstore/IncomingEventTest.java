package th.poverty.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IncomingEventTest {

    record Identified(String householdId, LocalDate identifiedOn) {
    }

    private static IncomingEvent event(String payload) {
        return new IncomingEvent(UUID.randomUUID(), "household-service", "HouseholdIdentified", "household", "h-1", 1, 1,
                payload, Fixtures.metadata());
    }

    @Test
    void readsTheFieldsTheConsumerNeedsAndIgnoresTheRest() {
        var identified = event("{\"householdId\": \"h-1\", \"identifiedOn\": \"2026-11-20\", \"added\": 1}")
                .payloadAs(Identified.class);

        assertThat(identified).isEqualTo(new Identified("h-1", LocalDate.of(2026, 11, 20)));
    }

    @Test
    void aMissingNullOrUnreadableFieldMakesAPoisonMessage() {
        assertThatThrownBy(() -> event("{\"householdId\": \"h-1\"}").payloadAs(Identified.class))
                .isInstanceOf(PoisonMessage.class);
        assertThatThrownBy(() -> event("{\"householdId\": null, \"identifiedOn\": \"2026-11-20\"}").payloadAs(Identified.class))
                .isInstanceOf(PoisonMessage.class);
        assertThatThrownBy(() -> event("{\"householdId\": \"h-1\", \"identifiedOn\": \"20/11/2026\"}").payloadAs(Identified.class))
                .isInstanceOf(PoisonMessage.class).hasMessageContaining("HouseholdIdentified");
    }
}
