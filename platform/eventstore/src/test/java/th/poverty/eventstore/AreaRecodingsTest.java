package th.poverty.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.poverty.testing.MigrationRehearsal;

/**
 * Codes stored before the area data was replaced are mapped once by the kernel's migration: in
 * the history's payloads and metadata and in held messages, nowhere else in a document.
 */
class AreaRecodingsTest {

    private static final String BEFORE = "20261206.6";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID EVENT = UUID.randomUUID();

    private static MigrationRehearsal rehearsal;

    @BeforeAll
    static void anEarlierReleasesHistory() throws SQLException {
        rehearsal = MigrationRehearsal.upTo(BEFORE, "db/eventstore");
        rehearsal.store("insert into streams (stream_id, stream_type, version) values ('h-1', 'household', 2)",
                """
                insert into events (stream_id, stream_type, version, event_id, type, payload, metadata)
                values ('h-1', 'household', 1, '%s', 'HouseholdIdentified',
                        '{"villageCode":"24020201","area":{"province":"24","district":"2411","tambon":"240202"},\
                "houseNumber":"240202","villages":["24080401","24010101"],"incomePerYear":240202}',
                        '{"actor":"officer","areaCode":"240804"}'),
                       ('h-1', 'household', 2, '%s', 'HouseholdVisited', '{"visitedOn":"2026-11-01"}', '{"actor":"carer"}')
                """.formatted(EVENT, UUID.randomUUID()),
                """
                insert into inbox_held (consumer, stream_id, event_id, topic, value, headers)
                values ('reader', 'h-1', '%s', 'household.events', '{"payload":{"villageCode":"24020301"}}', '{}'),
                       ('reader', 'h-1', '%s', 'household.events', 'not json "24020301"', '{}')
                """.formatted(UUID.randomUUID(), UUID.randomUUID()));
        rehearsal.migrateToLatest();
    }

    @Test
    void codesInTheHistoryAreMappedWhereAKeyNamesAnArea() throws Exception {
        JsonNode payload = JSON.readTree(rehearsal.read("select payload from events where event_id = '" + EVENT + "'").get(0));
        JsonNode metadata = JSON.readTree(rehearsal.read("select metadata from events where event_id = '" + EVENT + "'").get(0));

        assertThat(payload.get("villageCode").asText()).isEqualTo("24110101");
        assertThat(payload.get("area").get("district").asText()).isEqualTo("2411");
        assertThat(payload.get("area").get("tambon").asText()).isEqualTo("241101");
        assertThat(payload.get("villages")).extracting(JsonNode::asText).containsExactly("24100101", "24010101");
        assertThat(payload.get("houseNumber").asText()).as("not an area").isEqualTo("240202");
        assertThat(payload.get("incomePerYear").asInt()).isEqualTo(240202);
        assertThat(metadata.get("areaCode").asText()).isEqualTo("241001");
        assertThat(metadata.get("actor").asText()).isEqualTo("officer");
    }

    @Test
    void heldMessagesAreMappedAndOneThatIsNotJsonIsLeftAsItCame() throws SQLException {
        assertThat(rehearsal.read("select value from inbox_held where value like '{%'")).singleElement().asString()
                .contains("\"24110201\"");
        assertThat(rehearsal.read("select value from inbox_held where value like 'not%'")).containsExactly("not json \"24020301\"");
    }

    @Test
    void theHistoryIsAppendOnlyAgainAfterTheMapping() {
        assertThatThrownBy(() -> rehearsal.store("update events set payload = '{}'")).hasMessageContaining("append-only");
    }

    @Test
    void theMigrationMapsTheSamePairsAsTheAreaData() throws IOException {
        Map<String, String> shipped = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/th/poverty/area/area-recodings.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] fields = lines[i].split(",");
                shipped.put(fields[0], fields[1]);
            }
        }
        Map<String, String> migrated = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/db/eventstore/V20261207.1__area_recodings.sql")) {
            var pair = Pattern.compile("\\('(\\d{6})', '(\\d{6})'\\)").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (pair.find()) {
                migrated.put(pair.group(1), pair.group(2));
            }
        }

        assertThat(shipped).hasSize(1_040).containsEntry("240202", "241101").containsEntry("240804", "241001");
        assertThat(migrated).isEqualTo(shipped);
    }
}
