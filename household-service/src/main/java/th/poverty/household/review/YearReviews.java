package th.poverty.household.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaColumn;
import th.poverty.area.AreaPath;
import th.poverty.area.FiscalYear;
import th.poverty.domain.Label;
import th.poverty.domain.Thailand;
import th.poverty.domain.Versioned;
import th.poverty.eventstore.AggregateStore;
import th.poverty.eventstore.EventStore;
import th.poverty.eventstore.StreamReplay;
import th.poverty.household.HouseholdCommand;
import th.poverty.household.HouseholdCommand.Close;
import th.poverty.household.HouseholdCommand.ConfirmCandidate;
import th.poverty.household.HouseholdCommand.Target;
import th.poverty.household.HouseholdStatus;
import th.poverty.household.Households;
import th.poverty.household.VerificationMethod;
import th.poverty.household.review.YearReviewEvent.Leaving;
import th.poverty.web.Caller;

/**
 * The yearly review's use cases. A village holds its review; the district approves it, and the
 * approval records each household's part in the same transaction: the proposed candidates
 * verified at the forum, every target of the next year (carried over or new), every leaving
 * household closed. One refusal refuses the approval: the district then returns the review.
 */
@ApplicationScoped
public class YearReviews {

    public static final String STREAM_TYPE = "year-review";

    private final AggregateStore<YearReview, YearReviewEvent> store;
    private final Households households;
    private final Pool pool;
    private final Clock clock;

    public YearReviews(EventStore eventStore, YearReviewProjection projection, Households households, Pool pool,
                       Clock clock) {
        this.store = new AggregateStore<>(eventStore, YearReviewEvent.class, STREAM_TYPE, YearReview::apply, projection);
        this.households = households;
        this.pool = pool;
        this.clock = clock;
    }

    /** Records the village forum's review; its id is the village's and the year's. */
    public Uni<Versioned<YearReview>> hold(YearReview.Hold hold, Caller caller) {
        caller.requireArea(hold.village());
        String id = YearReview.idOf(hold.village().village(), hold.fiscalYear());
        return pool.withTransaction(tx -> store.load(tx, id).flatMap(existing -> village(tx, hold.village(),
                hold.fiscalYear()).flatMap(village -> {
                    Versioned<YearReview> current = existing.orElse(null);
                    var events = YearReview.hold(current == null ? null : current.aggregate(), hold, village,
                            Thailand.today(clock)).eventsOrThrow();
                    return store.append(tx, id, current, events, review -> caller.metadata("", hold.village().village()));
                })));
    }

    /** The district approves the review at {@code expectedVersion}, and each household's part is recorded. */
    public Uni<Versioned<YearReview>> approve(String reviewId, long expectedVersion, LocalDate approvedOn, Caller caller,
                                              String reason) {
        return pool.withTransaction(tx -> store.handle(tx, reviewId, expectedVersion,
                        found -> caller.visible(found, YearReview::village, "Year review", reviewId),
                        review -> review.approve(approvedOn, Thailand.today(clock)),
                        review -> caller.metadata(reason, review.village().village()))
                .call(approved -> recordEachHousehold(tx, approved.aggregate(), caller, reason)));
    }

    /** The district sends the review back to the village, saying why. */
    public Uni<Versioned<YearReview>> sendBack(String reviewId, long expectedVersion, LocalDate returnedOn, Caller caller,
                                               String reason) {
        return pool.withTransaction(tx -> store.handle(tx, reviewId, expectedVersion,
                found -> caller.visible(found, YearReview::village, "Year review", reviewId),
                review -> review.sendBack(returnedOn, Thailand.today(clock)),
                review -> caller.metadata(reason, review.village().village())));
    }

    public Uni<Versioned<YearReview>> find(String reviewId, Caller caller) {
        return store.load(pool, reviewId).map(found -> caller.visible(found, YearReview::village, "Year review", reviewId));
    }

    /** What a village's forum reviews: its households' statuses and those that left poverty in the year. */
    public Uni<VillageHouseholds> worksheet(AreaPath village, int fiscalYear, Caller caller) {
        caller.requireArea(village);
        return village(pool, village, fiscalYear);
    }

    /** The reviews of an area (null: the whole country), of one fiscal year or all, by village. */
    public Uni<List<ReviewSummary>> held(AreaPath area, Integer fiscalYear, String afterId, int limit) {
        String where = area == null ? "$1::text is null" : AreaColumn.of(area.level()) + " = $1";
        return pool.preparedQuery("""
                        select review_id, village_code, fiscal_year, held_on, status, carried_over, graduated, left_count,
                               proposed from year_reviews
                        where %s and ($2::int is null or fiscal_year = $2) and ($3::text is null or review_id > $3)
                        order by review_id limit $4""".formatted(where))
                .execute(Tuple.of(area == null ? null : area.code(), fiscalYear, afterId, limit))
                .map(rows -> {
                    List<ReviewSummary> page = new ArrayList<>();
                    for (Row row : rows) {
                        page.add(new ReviewSummary(row.getString(0), row.getString(1), row.getInteger(2),
                                row.getLocalDate(3), ReviewStatus.valueOf(row.getString(4)).label(), row.getInteger(5),
                                row.getInteger(6), row.getInteger(7), row.getInteger(8)));
                    }
                    return page;
                });
    }

    /** A review in a list: what it decided, counted. */
    public record ReviewSummary(String reviewId, String villageCode, int fiscalYear, LocalDate heldOn,
                                Label status, int carriedOver, int graduated, int left, int proposed) {
    }

    public StreamReplay replaying() {
        return store.replaying();
    }

    private Uni<Void> recordEachHousehold(SqlConnection tx, YearReview review, Caller caller, String reason) {
        String village = review.village().village();
        int year = review.nextFiscalYear();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < review.proposed().size(); i++) {
            String householdId = review.proposed().get(i);
            String field = "proposed[" + i + "]";
            chain = chain
                    .call(() -> decide(tx, householdId, new ConfirmCandidate(review.heldOn(), VerificationMethod.FORUM,
                            review.id()), village, caller, reason, field))
                    .call(() -> decide(tx, householdId, new Target(year, false, review.id()), village, caller, reason, field));
        }
        for (int i = 0; i < review.carriedOver().size(); i++) {
            String householdId = review.carriedOver().get(i);
            String field = "carriedOver[" + i + "]";
            chain = chain.call(() -> decide(tx, householdId, new Target(year, true, review.id()), village, caller, reason,
                    field));
        }
        for (int i = 0; i < review.left().size(); i++) {
            Leaving leaving = review.left().get(i);
            String field = "left[" + i + "].householdId";
            chain = chain.call(() -> decide(tx, leaving.householdId(), new Close(leaving.closure(), null), village, caller,
                    reason, field));
        }
        return chain;
    }

    private Uni<Void> decide(SqlConnection tx, String householdId, HouseholdCommand command, String village,
                             Caller caller, String reason, String field) {
        return households.decideAtForum(tx, householdId, command, village, caller, reason == null ? "" : reason, field)
                .replaceWithVoid();
    }

    /** The village's households, closed and dismissed ones left out, and those graduated in the fiscal year. */
    private static Uni<VillageHouseholds> village(SqlClient client, AreaPath village, int fiscalYear) {
        return client.preparedQuery("""
                        select household_id, status, graduated_on from households
                        where village_code = $1 and status not in ('CLOSED', 'DISMISSED')""")
                .execute(Tuple.of(village.village()))
                .map(rows -> {
                    Map<String, HouseholdStatus> statuses = new HashMap<>();
                    List<String> graduated = new ArrayList<>();
                    for (Row row : rows) {
                        HouseholdStatus status = HouseholdStatus.valueOf(row.getString(1));
                        statuses.put(row.getString(0), status);
                        LocalDate on = row.getLocalDate(2);
                        if (status == HouseholdStatus.GRADUATED && on != null && FiscalYear.ofDate(on) == fiscalYear) {
                            graduated.add(row.getString(0));
                        }
                    }
                    graduated.sort(String::compareTo);
                    return new VillageHouseholds(statuses, graduated);
                });
    }
}
