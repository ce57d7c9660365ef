package th.poverty.eventstore;

/**
 * An event over {@code eventstore.max-event-size}: refused before anything is written, as the
 * broker would refuse its record and stop the stream's publishing behind it.
 */
public class EventTooLarge extends RuntimeException {

    public EventTooLarge(String type, long bytes, long limit) {
        super("The " + type + " event would be " + bytes + " bytes; at most " + limit + " are stored and published");
    }
}
