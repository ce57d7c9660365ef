package th.poverty.reporting.household;

import java.util.Optional;

import th.poverty.eventstore.EventCodec;
import th.poverty.eventstore.IncomingEvent;
import th.poverty.eventstore.PoisonMessage;

/** Reads the events of {@code household.events} into reporting's own {@link HouseholdEvent} records. */
public final class HouseholdEvents {

    private static final EventCodec<HouseholdEvent> CODEC = EventCodec.of(HouseholdEvent.class);

    private HouseholdEvents() {
    }

    /**
     * The event, or empty for a type reporting does not count (yet): household-service adds event
     * types over time, and those must not stop the stream.
     *
     * @throws PoisonMessage for a known type whose payload cannot be read or lacks a required field
     */
    public static Optional<HouseholdEvent> read(IncomingEvent event) {
        if (!CODEC.knows(event.type())) {
            return Optional.empty();
        }
        try {
            HouseholdEvent decoded = CODEC.decode(event.type(), event.schemaVersion(), event.payload());
            if (decoded == null) {
                throw new IllegalArgumentException("empty " + event.type() + " payload");
            }
            return Optional.of(decoded);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new PoisonMessage(event.type() + " " + event.eventId() + " is unreadable: " + e.getMessage(), e);
        }
    }
}
