package th.poverty.domain;

import java.util.List;





/**
 * What an aggregate decides about a command: the events it causes, or why it refuses. Refusals
 * are results, not exceptions, so the domain stays pure; the REST layer maps them once.
 */
public sealed interface Decision<E> {

    record Accepted<E>(List<E> events) implements Decision<E> {
    }

    record Rejected<E>(Rejection rejection) implements Decision<E> {
    }

    @SafeVarargs
    static <E> Decision<E> accept(E... events) {
        return new Accepted<>(List.of(events));
    }

    static <E> Decision<E> accept(List<E> events) {
        return new Accepted<>(List.copyOf(events));
    }

    static <E> Decision<E> reject(Rejection rejection) {
        return new Rejected<>(rejection);
    }

    /** The events, or the rejection thrown as a {@link RejectedCommand} for the REST layer to map. */
    default List<E> eventsOrThrow() {
        return switch (this) {
            case Accepted<E> accepted -> accepted.events();
            case Rejected<E> rejected -> throw new RejectedCommand(rejected.rejection());
        };
    }
}
