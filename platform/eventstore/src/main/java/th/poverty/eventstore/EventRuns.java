package th.poverty.eventstore;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;

/**
 * A batch of consumed events, handled in order a run at a time: consecutive events of one type
 * form a run, so an effect that can write many events in one statement (a survey import's
 * identifications) takes the whole run, and order between runs, hence per household, holds.
 */
public final class EventRuns {

    private EventRuns() {
    }

    /** Hands each run of consecutive events of one type to {@code run}, one after the other. */
    public static Uni<Void> inRuns(List<IncomingEvent> events, BiFunction<String, List<IncomingEvent>, Uni<Void>> run) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        int start = 0;
        for (int i = 1; i <= events.size(); i++) {
            if (i == events.size() || !events.get(i).type().equals(events.get(start).type())) {
                List<IncomingEvent> sameType = events.subList(start, i);
                chain = chain.chain(() -> run.apply(sameType.getFirst().type(), sameType));
                start = i;
            }
        }
        return chain;
    }

    /** Hands each event to {@code effect} in turn. */
    public static Uni<Void> each(List<IncomingEvent> events, Function<IncomingEvent, Uni<Void>> effect) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (IncomingEvent event : events) {
            chain = chain.chain(() -> effect.apply(event));
        }
        return chain;
    }
}
