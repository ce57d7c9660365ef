package th.poverty.eventstore;

import java.util.Map;
import java.util.UUID;

/**
 * An event about to be appended, already serialized by its stream's {@link EventCodec}.
 *
 * @param texts   the free text the payload refers to ({@link FreeTexts}), by id; kept with the event
 * @param subject the household the event is about, when it names one; else its stream is
 */
public record NewEvent(String type, int schemaVersion, String payload, Map<UUID, String> texts, String subject) {

    public NewEvent {
        texts = Map.copyOf(texts);
    }

    public NewEvent(String type, int schemaVersion, String payload) {
        this(type, schemaVersion, payload, Map.of(), null);
    }
}
