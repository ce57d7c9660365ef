package th.poverty.reporting.household;

import java.util.Optional;

import th.poverty.eventstore.IncomingEvent;
import th.poverty.eventstore.PoisonMessage;
import th.poverty.reporting.measure.EventReader;

/** Reads the events of {@code household.events} into reporting's own {@link HouseholdEvent} records. */
public final class HouseholdEvents {

    public static final EventReader<HouseholdEvent> READER = EventReader.of(HouseholdEvent.class);

    private HouseholdEvents() {
    }

    /**
     * The event, or empty for a type reporting does not count: household-service adds event
     * types over time, and those must not stop the stream.
     *
     * @throws PoisonMessage for a known type whose payload cannot be read or lacks a required field
     */
    public static Optional<HouseholdEvent> read(IncomingEvent event) {
        return READER.read(event);
    }
}
