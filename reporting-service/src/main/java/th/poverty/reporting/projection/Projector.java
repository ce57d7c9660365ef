package th.poverty.reporting.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import th.poverty.reporting.measure.AreaChange;
import th.poverty.reporting.measure.AreaChanges;
import th.poverty.reporting.measure.CarerFacts;
import th.poverty.reporting.measure.Contribution;
import th.poverty.reporting.measure.Facts;
import th.poverty.reporting.measure.History;
import th.poverty.reporting.measure.HouseholdFacts;
import th.poverty.reporting.measure.LoggedEvent;

/**
 * Projects one consumed event, inside the inbox's transaction: logs it under each subject, folds
 * each subject's history without and with it, and adds the difference to every area's totals
 * and days. Because the fold follows when things happened, not when they arrived, an event that
 * comes late or before its household's identification lands where it belongs, and a replay of
 * any topic in any order gives the same numbers.
 */
@ApplicationScoped
public class Projector {

    private final ProjectionStore store;

    public Projector(ProjectionStore store) {
        this.store = store;
    }

    public Uni<Void> project(SqlConnection tx, ConsumedEvent consumed) {
        return store.lock(tx, consumed.subjects())
                .chain(() -> store.log(tx, consumed))
                .chain(logged -> {
                    if (logged.isEmpty() || consumed.facts() == null) {
                        return Uni.createFrom().voidItem();
                    }
                    List<AreaChange> changes = new ArrayList<>();
                    Uni<Void> folded = Uni.createFrom().voidItem();
                    for (Subject subject : logged) {
                        folded = folded.chain(() -> refold(tx, subject, consumed, changes));
                    }
                    return folded.chain(() -> store.apply(tx, changes));
                });
    }

    private Uni<Void> refold(SqlConnection tx, Subject subject, ConsumedEvent consumed, List<AreaChange> changes) {
        return store.history(tx, subject).chain(history -> {
            List<LoggedEvent> before = history.stream()
                    .filter(event -> !event.eventId().equals(consumed.event().eventId())).toList();
            NavigableMap<LocalDate, Contribution> was = History.fold(facts(subject), before);
            Facts now = facts(subject);
            changes.addAll(AreaChanges.between(was, History.fold(now, history)));
            return switch (now) {
                case HouseholdFacts household -> store.household(tx, subject.id(), household);
                case CarerFacts carer -> store.carer(tx, subject.id(), carer);
                default -> throw new IllegalStateException("no facts kept for " + subject);
            };
        });
    }

    public static Facts facts(Subject subject) {
        return switch (subject.kind()) {
            case HOUSEHOLD -> new HouseholdFacts();
            case CARER -> new CarerFacts();
        };
    }
}
