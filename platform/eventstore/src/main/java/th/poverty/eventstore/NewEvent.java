package th.poverty.eventstore;

/** An event about to be appended, already serialized by its stream's {@link EventCodec}. */
public record NewEvent(String type, int schemaVersion, String payload) {
}
