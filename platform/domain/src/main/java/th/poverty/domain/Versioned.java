package th.poverty.domain;

/** An aggregate rebuilt from its stream, with the stream version it was rebuilt at (the ETag). */
public record Versioned<A>(A aggregate, long version) {
}
