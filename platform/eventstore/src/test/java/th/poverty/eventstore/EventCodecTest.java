package th.poverty.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.domain.SchemaVersion;

class EventCodecTest {

    sealed interface Sample {
        record Counted(String householdId, LocalDate countedOn, List<Integer> indicators) implements Sample {
        }

        @SchemaVersion(2)
        record Renamed(String householdId, String village) implements Sample {
        }
    }

    private final EventCodec<Sample> codec = EventCodec.of(Sample.class)
            .upcasting("Renamed", 1, node -> node.set("village", node.remove("villageCode")));

    @Test
    void anEventIsWrittenAndReadBackUnderItsRecordsName() {
        var event = new Sample.Counted("h-1", LocalDate.of(2026, 11, 2), List.of(23, 7));

        NewEvent written = codec.encode(event);

        assertThat(written.type()).isEqualTo("Counted");
        assertThat(written.payload()).contains("\"countedOn\":\"2026-11-02\"");
        assertThat(codec.decode("Counted", 1, written.payload())).isEqualTo(event);
    }

    @Test
    void fieldsTheRecordDoesNotHaveAreSkippedWhereverTheyStandAndWhateverTheirShape() {
        String payload = """
                {"reason": "free text", "householdId": "h-2", "head": {"firstName": "ก", "phones": ["1", {"x": [2]}]},
                 "countedOn": "2026-11-03", "members": 4, "indicators": [1, 2], "note": null}""";

        assertThat(codec.decode("Counted", 1, payload))
                .isEqualTo(new Sample.Counted("h-2", LocalDate.of(2026, 11, 3), List.of(1, 2)));
    }

    @Test
    void anOlderSchemaVersionIsUpcastOnRead() {
        assertThat(codec.decode("Renamed", 1, "{\"householdId\": \"h-3\", \"villageCode\": \"24010101\"}"))
                .isEqualTo(new Sample.Renamed("h-3", "24010101"));
        assertThat(codec.encode(new Sample.Renamed("h-3", "24010101")).schemaVersion()).isEqualTo(2);
    }

    @Test
    void anUnknownTypeOrAnUnreadablePayloadIsRefusedByName() {
        assertThatThrownBy(() -> codec.decode("Vanished", 1, "{}")).hasMessageContaining("unknown event type Vanished");
        assertThatThrownBy(() -> codec.decode("Counted", 1, "{\"countedOn\": \"2026-13-40\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unreadable Counted payload");
    }

    private LocalDate countedOn(String json) {
        return ((Sample.Counted) codec.decode("Counted", 1, "{\"countedOn\": %s}".formatted(json))).countedOn();
    }

    @Test
    void datesAreReadInEveryFormJacksonReadsAndOnlyIfTheyExist() {
        for (String date : List.of("2024-02-29", "2026-12-31", "2026-01-01", "0999-06-15")) {
            assertThat(countedOn("\"" + date + "\"")).isEqualTo(LocalDate.parse(date));
        }
        // not as events write them: Jackson's own reading
        assertThat(countedOn("[2026, 11, 5]")).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(countedOn("\"2026-11-05T10:15:00\"")).isEqualTo(LocalDate.of(2026, 11, 5));
        for (String missing : List.of("2026-02-29", "2026-04-31", "2026-00-10", "2026-1a-10")) {
            assertThatThrownBy(() -> countedOn("\"" + missing + "\""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unreadable Counted payload");
        }
    }
}
