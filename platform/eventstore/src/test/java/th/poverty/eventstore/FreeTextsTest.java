package th.poverty.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static th.poverty.eventstore.Fixtures.count;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.domain.FreeText;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;

/**
 * Free text typed about a household stays in the service that recorded it, apart from the
 * events: neither the events table nor the topic holds it, the service shows it, and erasure
 * reaches every copy while the history still reads and folds.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class FreeTextsTest {

    /** An event about a household with something written about it. */
    sealed interface Visits {
        record Visited(String householdId, String visitedOn, @FreeText String notes, List<Finding> findings)
                implements Visits {
        }
    }

    record Finding(String dimension, @FreeText String description) {
    }

    private static final EventCodec<Visits> CODEC = EventCodec.of(Visits.class);
    private static final ObjectMapper JSON = EventCodec.defaultMapper();

    @Inject
    EventStore store;

    @Inject
    FreeTexts freeTexts;

    @Inject
    Pool pool;

    @Test
    void theTextIsKeptApartAndShownOnlyByTheServiceUntilItIsErased() throws Exception {
        String household = "hh-" + UUID.randomUUID();
        String mark = "ป่วยติดเตียง-" + UUID.randomUUID();
        var visited = new Visits.Visited(household, "2026-12-01", "แม่ " + mark,
                List.of(new Finding("HEALTH", "ลูกพิการ " + mark), new Finding("INCOME", "")));
        var metadata = new EventMetadata("somchai", "field-team", "เยี่ยมเพราะ " + mark, UUID.randomUUID(), null,
                Instant.now(), "24010101");

        StoredEvent stored = pool.withTransaction(tx -> store.append(tx, household, "household", 0,
                List.of(CODEC.encode(visited)), metadata)).await().indefinitely().getFirst();

        String row = pool.preparedQuery("select payload::text || metadata::text from events where stream_id = $1")
                .execute(Tuple.of(household)).await().indefinitely().iterator().next().getString(0);
        assertThat(row).as("the permanent record").doesNotContain(mark).contains(FreeTexts.PREFIX);
        assertThat(count(pool, "select count(*) from free_texts where subject_id = '" + household + "'")).isEqualTo(3);
        var published = KafkaTopics.read("test.events", r -> r.key().equals(household), 1).getFirst();
        assertThat(published.value() + published.headers()).as("the topic").doesNotContain(mark);

        JsonNode shown = freeTexts.resolve(pool, JSON.valueToTree(List.of(stored.metadata().reason(),
                JSON.readTree(stored.payload())))).await().indefinitely();
        assertThat(shown.get(0).asText()).isEqualTo("เยี่ยมเพราะ " + mark);
        assertThat(shown.at("/1/notes").asText()).isEqualTo("แม่ " + mark);
        assertThat(shown.at("/1/findings/0/description").asText()).isEqualTo("ลูกพิการ " + mark);
        assertThat(shown.at("/1/findings/1/description").asText()).as("nothing written, nothing kept").isEmpty();
        assertThat(FreeTexts.withhold(JSON.readTree(stored.payload())).at("/notes").isNull()).isTrue();

        assertThat(pool.withTransaction(tx -> freeTexts.erase(tx, household)).await().indefinitely()).isEqualTo(3);

        assertThat(count(pool, "select count(*) from free_texts where text like '%" + mark + "%'")).isZero();
        List<StoredEvent> history = store.readStream(pool, household).await().indefinitely();
        var folded = CODEC.decode(history.getFirst());
        assertThat(folded).isInstanceOfSatisfying(Visits.Visited.class, v -> {
            assertThat(v.visitedOn()).isEqualTo("2026-12-01");
            assertThat(v.findings()).extracting(Finding::dimension).containsExactly("HEALTH", "INCOME");
        });
        JsonNode afterErasure = freeTexts.resolve(pool, JSON.readTree(history.getFirst().payload())).await().indefinitely();
        assertThat(afterErasure.at("/notes").isNull()).isTrue();
        assertThat(afterErasure.at("/findings/0/description").isNull()).isTrue();
        assertThat(afterErasure.at("/visitedOn").asText()).isEqualTo("2026-12-01");
    }

    @Test
    void aReasonTheEventAlsoCarriesIsKeptOnce() {
        String household = "hh-" + UUID.randomUUID();
        var visited = new Visits.Visited(household, "2026-12-01", "ไม่มีที่ดินทำกิน", List.of());
        var metadata = new EventMetadata("somchai", "field-team", "ไม่มีที่ดินทำกิน", UUID.randomUUID(), null,
                Instant.now(), "24010101");

        StoredEvent stored = pool.withTransaction(tx -> store.append(tx, household, "household", 0,
                List.of(CODEC.encode(visited)), metadata)).await().indefinitely().getFirst();

        assertThat(count(pool, "select count(*) from free_texts where subject_id = '" + household + "'")).isEqualTo(1);
        assertThat(stored.payload()).contains(stored.metadata().reason());
    }

    @Test
    void aReferenceIsExactlyThePrefixAndAnId() {
        UUID id = UUID.randomUUID();

        assertThat(FreeTexts.idOf(FreeTexts.reference(id))).isEqualTo(id);
        assertThat(FreeTexts.idOf("ft:" + id + " and more")).isNull();
        assertThat(FreeTexts.idOf("ft:not-an-id-but-thirty-six-chars-long")).isNull();
        assertThat(FreeTexts.idOf("ลูกพิการ")).isNull();
    }
}
