package th.poverty.eventstore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Free text about a household ({@link th.poverty.domain.FreeText}, and every event's reason),
 * kept apart from the permanent record. An event carries {@code "ft:<id>"} in the text's place;
 * the text itself lies in the owning service's {@code free_texts} table, is never published,
 * and is erased with the household's personal data. What the service shows is resolved here; a
 * reference to an erased text reads as null, and the history still reads and replays.
 */
@ApplicationScoped
public class FreeTexts {

    static final String PREFIX = "ft:";
    private static final int REFERENCE_LENGTH = PREFIX.length() + 36;

    /** A text an append keeps: about {@code subject} (a household, else the stream), from {@code stream}. */
    record Kept(UUID id, String subject, String stream, String text) {
    }

    /** What an event carries in place of the text with this id. */
    static String reference(UUID id) {
        return PREFIX + id;
    }

    /** Whether some JSON may hold a reference: a cheap test before parsing it. */
    public static boolean mayRefer(String json) {
        return json != null && json.contains('"' + PREFIX);
    }

    /** The text's id, when {@code value} is a reference; else null. */
    static UUID idOf(String value) {
        if (value == null || value.length() != REFERENCE_LENGTH || !value.startsWith(PREFIX)) {
            return null;
        }
        try {
            return UUID.fromString(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException notAReference) {
            return null;
        }
    }

    /** Stores what an append keeps, in its transaction. */
    static Uni<Void> keep(SqlConnection tx, List<Kept> texts) {
        if (texts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = texts.size();
        UUID[] ids = new UUID[n];
        String[] subjects = new String[n];
        String[] streams = new String[n];
        String[] values = new String[n];
        for (int i = 0; i < n; i++) {
            Kept text = texts.get(i);
            ids[i] = text.id();
            subjects[i] = text.subject();
            streams[i] = text.stream();
            values[i] = text.text();
        }
        return tx.preparedQuery("""
                        insert into free_texts (text_id, subject_id, stream_id, text)
                        select unnest($1::uuid[]), unnest($2::text[]), unnest($3::text[]), unnest($4::text[])""")
                .execute(Tuple.of(ids, subjects, streams, values))
                .replaceWithVoid();
    }

    /**
     * {@code json} with each reference replaced by its text, or by null where the text was
     * erased. Changes {@code json} in place and returns it.
     */
    public Uni<JsonNode> resolve(SqlClient client, JsonNode json) {
        Map<UUID, List<Place>> found = new HashMap<>();
        collect(json, found);
        if (found.isEmpty()) {
            return Uni.createFrom().item(json);
        }
        return client.preparedQuery("select text_id, text from free_texts where text_id = any($1)")
                .execute(Tuple.of(found.keySet().toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, String> texts = new HashMap<>();
                    for (Row row : rows) {
                        texts.put(row.getUUID(0), row.getString(1));
                    }
                    found.forEach((id, places) -> places.forEach(place -> place.put(texts.get(id))));
                    return json;
                });
    }

    /** {@code json} with every reference replaced by null: for a caller who may see no free text. */
    public static JsonNode withhold(JsonNode json) {
        Map<UUID, List<Place>> found = new HashMap<>();
        collect(json, found);
        found.values().forEach(places -> places.forEach(place -> place.put(null)));
        return json;
    }

    /** Erases every text kept about a household (or stream): its references read as null from now on. */
    public Uni<Integer> erase(SqlClient client, String subjectId) {
        return client.preparedQuery("delete from free_texts where subject_id = $1")
                .execute(Tuple.of(subjectId))
                .map(rows -> rows.rowCount());
    }

    /** Where a reference stands: a field of an object or an element of an array. */
    private record Place(JsonNode parent, String field, int index) {

        void put(String text) {
            JsonNode value = text == null ? NullNode.instance : TextNode.valueOf(text);
            if (parent instanceof ObjectNode object) {
                object.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static void collect(JsonNode node, Map<UUID, List<Place>> found) {
        if (node instanceof ObjectNode object) {
            for (var field : object.properties()) {
                visit(field.getValue(), new Place(object, field.getKey(), -1), found);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                visit(array.get(i), new Place(array, null, i), found);
            }
        }
    }

    private static void visit(JsonNode value, Place place, Map<UUID, List<Place>> found) {
        UUID id = value.isTextual() ? idOf(value.textValue()) : null;
        if (id != null) {
            found.computeIfAbsent(id, k -> new ArrayList<>()).add(place);
        } else {
            collect(value, found);
        }
    }
}
