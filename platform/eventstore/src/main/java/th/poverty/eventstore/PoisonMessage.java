package th.poverty.eventstore;

/**
 * A message that will never be handled, however often it is redelivered: unreadable, of an
 * unknown type, or refused by the domain. It goes to the topic's dead-letter topic with this
 * reason, and consumption goes on. Anything else (the database away, say) is retried.
 */
public class PoisonMessage extends RuntimeException {

    public PoisonMessage(String reason) {
        super(reason);
    }

    public PoisonMessage(String reason, Throwable cause) {
        super(reason, cause);
    }
}
