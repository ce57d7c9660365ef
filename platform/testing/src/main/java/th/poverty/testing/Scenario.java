package th.poverty.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

import th.poverty.domain.Decision;
import th.poverty.domain.Rejection;

/**
 * Given an aggregate's events, when a command arrives, then these events or this refusal: the one
 * fixture for testing aggregates as plain Java.
 *
 * <pre>{@code
 * Scenario.of(Carer::apply, Carer::decide)
 *         .given(registered, assigned1, assigned2, assigned3)
 *         .when(new Assign(h4, today, null, 3))
 *         .expectRejection("carer-at-capacity");
 * }</pre>
 *
 * @param <A> the aggregate
 * @param <C> its commands
 * @param <E> its events
 */
public final class Scenario<A, C, E> {

    private final BiFunction<A, E, A> evolve;
    private final BiFunction<A, C, Decision<E>> decide;
    private final List<E> history = new ArrayList<>();

    private Scenario(BiFunction<A, E, A> evolve, BiFunction<A, C, Decision<E>> decide) {
        this.evolve = evolve;
        this.decide = decide;
    }

    /**
     * A scenario for the aggregate that {@code evolve} moves on by one event (from null for the
     * first, as the event store folds it) and that decides with {@code decide}.
     */
    public static <A, C, E> Scenario<A, C, E> of(BiFunction<A, E, A> evolve, BiFunction<A, C, Decision<E>> decide) {
        return new Scenario<>(evolve, decide);
    }

    /** The aggregate folded from {@code events} alone, for a test that needs only the state. */
    public static <A, E> A fold(BiFunction<A, E, A> evolve, List<? extends E> events) {
        A aggregate = null;
        for (E event : events) {
            aggregate = evolve.apply(aggregate, event);
        }
        return aggregate;
    }

    /** The history starts with these events. */
    @SafeVarargs
    public final Scenario<A, C, E> given(E... events) {
        return given(Arrays.asList(events));
    }

    public Scenario<A, C, E> given(List<? extends E> events) {
        history.addAll(events);
        return this;
    }

    /** Each command is decided in turn and its events join the history; a refusal fails the test. */
    @SafeVarargs
    public final Scenario<A, C, E> and(C... commands) {
        for (C command : commands) {
            history.addAll(when(command).events());
        }
        return this;
    }

    /** The aggregate decides the command on the history so far; the history does not change. */
    public Then<E> when(C command) {
        return new Then<>(decide.apply(state(), command));
    }

    /** The aggregate folded from the history. */
    public A state() {
        return fold(evolve, history);
    }

    public List<E> history() {
        return List.copyOf(history);
    }

    /** What the aggregate decided. */
    public record Then<E>(Decision<E> decision) {

        /** The events; fails if the command was refused. */
        public List<E> events() {
            return switch (decision) {
                case Decision.Accepted<E> accepted -> accepted.events();
                case Decision.Rejected<E> rejected -> fail("expected events, the command was refused: "
                        + rejected.rejection());
            };
        }

        @SafeVarargs
        public final Then<E> expectEvents(E... expected) {
            assertEquals(List.of(expected), events());
            return this;
        }

        /** The one event, of {@code type}. */
        public <T extends E> T expectOne(Class<T> type) {
            List<E> events = events();
            assertEquals(1, events.size(), () -> "expected one event, got " + events);
            return assertInstanceOf(type, events.getFirst());
        }

        /** The refusal; fails if the command was accepted. */
        public Rejection rejection() {
            return switch (decision) {
                case Decision.Accepted<E> accepted -> fail("expected a refusal, got " + accepted.events());
                case Decision.Rejected<E> rejected -> rejected.rejection();
            };
        }

        /** The refusal, with {@code code}; fails if the command was accepted or refused for another reason. */
        public Rejection expectRejection(String code) {
            Rejection rejection = rejection();
            assertEquals(code, rejection.code(), () -> "refused for another reason: " + rejection);
            return rejection;
        }
    }
}
