package th.poverty.reporting.measure;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * An event of a household's or carer's history as the fold sees it.
 *
 * @param facts reporting's own record of the event ({@code HouseholdEvent}, {@code PlanEvent},
 *              {@code TeamEvent}), or null for an event that changes no count
 */
public record LoggedEvent(Instant occurredAt, long version, UUID eventId, Object facts) {

    /**
     * When it happened, whichever topic it came on: the fold's order, so the result does not
     * depend on the order the topics were read in.
     */
    public static final Comparator<LoggedEvent> IN_TIME = Comparator.comparing(LoggedEvent::occurredAt)
            .thenComparingLong(LoggedEvent::version)
            .thenComparing(LoggedEvent::eventId);
}
