package th.poverty.reporting.projection;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import th.poverty.reporting.measure.AreaChanges;
import th.poverty.reporting.measure.AreaChanges.PathChange;
import th.poverty.reporting.measure.CarerFacts;
import th.poverty.reporting.measure.Contribution;
import th.poverty.reporting.measure.Facts;
import th.poverty.reporting.measure.History;
import th.poverty.reporting.measure.HouseholdFacts;
import th.poverty.reporting.measure.LoggedEvent;

/**
 * Projects a batch of consumed events, inside the inbox's transaction: logs each under its
 * subjects, folds each subject's history without and with the batch's events, and adds the
 * difference to every area's totals and days (a large batch's through {@link PendingAreaChanges}).
 * Because the fold follows when things happened, not when they arrived, an event that comes late
 * or before its household's identification lands where it belongs, and a replay of any topic in
 * any order gives the same numbers. A batch costs the same few statements however many events it
 * holds.
 */
@ApplicationScoped
public class Projector {

    private final ProjectionStore store;
    private final PendingAreaChanges pending;
    private final int stageFrom;

    /** @param stageFrom how many subjects a batch changes before its area changes are staged, not added at once */
    public Projector(ProjectionStore store, PendingAreaChanges pending,
                     @ConfigProperty(name = "reporting.projection.stage-from") int stageFrom) {
        this.store = store;
        this.pending = pending;
        this.stageFrom = stageFrom;
    }

    public Uni<Void> project(SqlConnection tx, List<ConsumedEvent> batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        SortedSet<Subject> subjects = new TreeSet<>();
        Set<Subject> counting = new HashSet<>();
        Map<UUID, Object> known = new HashMap<>(batch.size() * 2);
        for (ConsumedEvent consumed : batch) {
            subjects.addAll(consumed.subjects());
            if (consumed.facts() != null) {
                counting.addAll(consumed.subjects());
                known.put(consumed.event().eventId(), consumed.facts());
            }
        }
        return store.lock(tx, subjects)
                .chain(() -> store.log(tx, batch, counting, known))
                .chain(log -> {
                    Map<Subject, List<LoggedEvent>> fresh = new HashMap<>();
                    for (ConsumedEvent consumed : batch) {
                        if (consumed.facts() == null) {
                            continue;
                        }
                        for (Subject subject : consumed.subjects()) {
                            // taken out once found, so an event the batch holds twice counts once
                            if (log.added().remove(new ProjectionStore.Logged(subject, consumed.event().eventId()))) {
                                fresh.computeIfAbsent(subject, s -> new ArrayList<>()).add(logged(consumed));
                            }
                        }
                    }
                    return fresh.isEmpty() ? Uni.createFrom().voidItem() : refold(tx, fresh, log);
                });
    }

    /** The event as the log holds it: its time to the microsecond, as read back from the log. */
    private static LoggedEvent logged(ConsumedEvent consumed) {
        var event = consumed.event();
        return new LoggedEvent(event.metadata().occurredAt().truncatedTo(ChronoUnit.MICROS), event.version(),
                event.eventId(), consumed.facts());
    }

    /**
     * Each subject's history folded without and with the batch's new events; their difference goes
     * to the areas: added at once, or staged for the next fold when the batch is large.
     */
    private Uni<Void> refold(SqlConnection tx, Map<Subject, List<LoggedEvent>> fresh, ProjectionStore.Log log) {
        List<PathChange> changes = new ArrayList<>();
        Map<String, HouseholdFacts> households = new HashMap<>();
        Map<String, CarerFacts> carers = new HashMap<>();
        fresh.forEach((subject, added) -> {
            List<LoggedEvent> before = log.earlier(subject);
            List<LoggedEvent> history = new ArrayList<>(before.size() + added.size());
            history.addAll(before);
            history.addAll(added);
            NavigableMap<LocalDate, Contribution> was = History.fold(facts(subject), before);
            Facts now = facts(subject);
            changes.addAll(AreaChanges.atPaths(was, History.fold(now, history)));
            switch (now) {
                case HouseholdFacts household -> households.put(subject.id(), household);
                case CarerFacts carer -> carers.put(subject.id(), carer);
                default -> throw new IllegalStateException("no facts kept for " + subject);
            }
        });
        return store.households(tx, households)
                .chain(() -> store.carers(tx, carers))
                .chain(() -> fresh.size() >= stageFrom ? pending.stage(tx, changes)
                        : store.apply(tx, changes.stream().flatMap(change -> AreaChanges.rolledUp(change).stream()).toList()));
    }

    public static Facts facts(Subject subject) {
        return switch (subject.kind()) {
            case HOUSEHOLD -> new HouseholdFacts();
            case CARER -> new CarerFacts();
        };
    }
}
