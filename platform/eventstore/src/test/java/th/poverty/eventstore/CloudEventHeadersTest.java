package th.poverty.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

    @Test
    void anEventReadsBackAsItWasPublishedAndItsReasonStaysBehind() {
        var metadata = new EventMetadata("somchai", "field-team", "เยี่ยมบ้าน", UUID.randomUUID(), UUID.randomUUID(),
                Instant.parse("2026-11-20T03:15:30.123456Z"), "24010101");
        var stored = new StoredEvent(7, "h-1", "household", 3, UUID.randomUUID(), "HouseholdVisited", 2, "{}", metadata,
                Instant.now());

        var read = CloudEventHeaders.read(CloudEventHeaders.of(stored, "household-service"), "{}");

        assertThat(read).isEqualTo(new IncomingEvent(stored.eventId(), "household-service", "HouseholdVisited", "household",
                "h-1", 3, 2, "{}", metadata.withReason("")));
    }

    @Test
    void theTimeReadsAsInstantParseReadsIt() {
        for (String time : List.of("2026-11-20T03:15:30Z", "2026-11-20T03:15:30.1Z", "2026-11-20T03:15:30.120Z",
                "2026-11-20T03:15:30.123456789Z", "2024-02-29T23:59:59.999Z", "2026-12-31T00:00:00Z",
                "2026-11-20T10:15:30+07:00", "2026-11-20T03:15:30.123456+00:00", "+12026-11-20T03:15:30Z",
                "2026-11-20T03:15:30.Z")) {
            assertThat(CloudEventHeaders.instant(time)).as(time).isEqualTo(Instant.parse(time));
        }
    }

    @Test
    void aTimeThatIsNoInstantIsRefused() {
        for (String time : List.of("2026-02-30T03:15:30Z", "2026-13-20T03:15:30Z", "2026-11-20T24:15:30Z",
                "2026-11-20T03:15:3xZ", "2026-11-20 03:15:30Z", "yesterday")) {
            assertThatThrownBy(() -> CloudEventHeaders.instant(time)).as(time).isInstanceOf(DateTimeParseException.class);
        }
    }

    @Test
    void aRecordWithoutTheEnvelopeIsAPoisonMessage() {
        var headers = new RecordHeaders();
        headers.add(CloudEventHeaders.TYPE, "HouseholdVisited".getBytes());

        assertThatThrownBy(() -> CloudEventHeaders.read(headers, "{}")).isInstanceOf(PoisonMessage.class)
                .hasMessageContaining(CloudEventHeaders.ACTOR);
    }
}
