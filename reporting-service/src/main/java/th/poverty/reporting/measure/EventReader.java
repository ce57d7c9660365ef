package th.poverty.reporting.measure;

import java.util.Optional;

import th.poverty.eventstore.EventCodec;
import th.poverty.eventstore.IncomingEvent;
import th.poverty.eventstore.PoisonMessage;

/**
 * Reads one topic's events into reporting's own records (a sealed interface of records): unknown
 * fields are ignored, event types reporting does not count are empty, and a counted type whose
 * payload cannot be read or lacks a required field is a {@link PoisonMessage}.
 */
public final class EventReader<E> {

    private final EventCodec<E> codec;

    private EventReader(Class<E> sealedType) {
        this.codec = EventCodec.of(sealedType);
    }

    public static <E> EventReader<E> of(Class<E> sealedType) {
        return new EventReader<>(sealedType);
    }

    public boolean knows(String type) {
        return codec.knows(type);
    }

    public Optional<E> read(IncomingEvent event) {
        if (!codec.knows(event.type())) {
            return Optional.empty();
        }
        try {
            E decoded = codec.decode(event.type(), event.schemaVersion(), event.payload());
            if (decoded == null) {
                throw new IllegalArgumentException("empty " + event.type() + " payload");
            }
            return Optional.of(decoded);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new PoisonMessage(event.type() + " " + event.eventId() + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** The facts as reporting logs them: its own record, in its current shape. */
    public String encode(E facts) {
        return codec.encode(facts).payload();
    }

    /** Reads back what {@link #encode} logged. */
    public E decode(String type, String json) {
        return codec.decode(type, 1, json);
    }
}
