package th.poverty.household.forum;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaColumn;
import th.poverty.area.AreaPath;
import th.poverty.domain.RejectedCommand;
import th.poverty.domain.Thailand;
import th.poverty.domain.TimeOrderedIds;
import th.poverty.domain.Versioned;
import th.poverty.eventstore.AggregateStore;
import th.poverty.eventstore.EventStore;
import th.poverty.eventstore.StreamReplay;
import th.poverty.household.HouseholdCommand.ConfirmCandidate;
import th.poverty.household.HouseholdCommand.DismissCandidate;
import th.poverty.household.Households;
import th.poverty.household.VerificationMethod;
import th.poverty.household.nomination.Nominee;
import th.poverty.web.Caller;

/**
 * Records a village forum in one transaction: each candidate it confirmed or dismissed gets its
 * event, each household it nominated is identified, and the forum's own ForumHeld lists them all.
 * One refusal refuses the whole record, so a district never holds half a sitting.
 */
@ApplicationScoped
public class Forums {

    public static final String STREAM_TYPE = "forum";

    private final AggregateStore<Forum, ForumEvent> store;
    private final Households households;
    private final Pool pool;
    private final Clock clock;

    public Forums(EventStore eventStore, ForumProjection projection, Households households, Pool pool, Clock clock) {
        this.store = new AggregateStore<>(eventStore, ForumEvent.class, STREAM_TYPE, Forum::apply, projection);
        this.households = households;
        this.pool = pool;
        this.clock = clock;
    }

    /** @param nominees the record's nominations, their identifiers already checked, in the record's order */
    public Uni<String> hold(SqlConnection tx, ForumRecord record, AreaPath village, List<Nominee> nominees, Caller caller) {
        String forumId = TimeOrderedIds.next().toString();
        String villageCode = village.village();
        // the record's own checks first: nothing is looked up for a record that cannot stand
        List<String> dismissedIds = record.dismissed().stream().map(ForumRecord.Dismissed::householdId).toList();
        Forum.problem(record.heldOn(), record.confirmed(), dismissedIds, nominees.size(), Thailand.today(clock))
                .ifPresent(problem -> {
                    throw new RejectedCommand(problem);
                });
        Uni<Void> decided = Uni.createFrom().voidItem();
        for (int i = 0; i < record.confirmed().size(); i++) {
            String householdId = record.confirmed().get(i);
            String field = "confirmed[" + i + "]";
            decided = decided.chain(() -> households.decideAtForum(tx, householdId,
                    new ConfirmCandidate(record.heldOn(), VerificationMethod.FORUM, forumId), villageCode, caller, "",
                    field).replaceWithVoid());
        }
        for (int i = 0; i < record.dismissed().size(); i++) {
            ForumRecord.Dismissed dismissed = record.dismissed().get(i);
            String field = "dismissed[" + i + "].householdId";
            decided = decided.chain(() -> households.decideAtForum(tx, dismissed.householdId(),
                    new DismissCandidate(record.heldOn(), dismissed.dismissal(), dismissed.duplicateOf(), forumId),
                    villageCode, caller, dismissed.reason(), field).replaceWithVoid());
        }
        List<String> nominated = new ArrayList<>();
        for (int i = 0; i < nominees.size(); i++) {
            Nominee nominee = nominees.get(i);
            String reason = record.nominated().get(i).reason();
            decided = decided.chain(() -> households.identify(tx,
                            nominee.identify(UUID.randomUUID().toString(), villageCode, record.heldOn(), reason),
                            nominee.head(), caller)
                    .invoke(nominated::add)
                    .replaceWithVoid());
        }
        return decided.chain(() -> store.append(tx, forumId, null,
                        Forum.hold(forumId, village, record.heldOn(), record.attendance(), record.confirmed(),
                                dismissedIds, nominated, Thailand.today(clock)).eventsOrThrow(),
                        forum -> caller.metadata("", villageCode)))
                .replaceWith(forumId);
    }

    public Uni<Optional<Versioned<Forum>>> find(String forumId) {
        return store.load(pool, forumId);
    }

    /**
     * The forums held in an area (null: the whole country), most recently recorded first (their
     * ids are time-ordered), a page after {@code beforeId}.
     */
    public Uni<List<ForumSummary>> held(AreaPath area, String beforeId, int limit) {
        String where = area == null ? "$1::text is null" : AreaColumn.of(area.level()) + " = $1";
        return pool.preparedQuery("""
                        select forum_id, village_code, held_on, attendance, confirmed, dismissed, nominated from forums
                        where %s and ($2::text is null or forum_id < $2) order by forum_id desc limit $3""".formatted(where))
                .execute(Tuple.of(area == null ? null : area.code(), beforeId, limit))
                .map(rows -> {
                    List<ForumSummary> page = new ArrayList<>();
                    for (Row row : rows) {
                        page.add(new ForumSummary(row.getString(0), row.getString(1), row.getLocalDate(2),
                                row.getInteger(3), row.getInteger(4), row.getInteger(5), row.getInteger(6)));
                    }
                    return page;
                });
    }

    /** A forum in a list: what it decided, counted. */
    public record ForumSummary(String forumId, String villageCode, LocalDate heldOn, int attendance,
                               int confirmed, int dismissed, int nominated) {
    }

    /** This aggregate's part of a rebuild of the service's read models. */
    public StreamReplay replaying() {
        return store.replaying();
    }
}
