package th.poverty.reporting.projection;

import java.util.List;

import th.poverty.eventstore.IncomingEvent;

/**
 * An event read from one of the three topics: whom it is about and what it counts.
 *
 * @param facts     reporting's record of it, or null when it only appears in a timeline
 * @param factsJson the record as logged, or null
 */
public record ConsumedEvent(IncomingEvent event, List<Subject> subjects, Object facts, String factsJson) {

    public ConsumedEvent {
        subjects = subjects.stream().sorted().distinct().toList();
    }
}
