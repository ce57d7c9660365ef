package th.poverty.household;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import th.poverty.area.Areas;
import th.poverty.domain.Decision;
import th.poverty.domain.RejectedCommand;
import th.poverty.domain.Rejection;
import th.poverty.domain.Thailand;
import th.poverty.domain.Versioned;
import th.poverty.eventstore.AggregateStore;
import th.poverty.eventstore.EventMetadata;
import th.poverty.eventstore.EventStore;
import th.poverty.eventstore.StoredEvent;
import th.poverty.eventstore.StreamReplay;
import th.poverty.household.HouseholdCommand.FollowUp;
import th.poverty.household.PersonalData.Person;
import th.poverty.web.Caller;

/**
 * The household use cases: each loads the aggregate, lets it decide, and appends its events
 * together with the read model and personal data in one transaction.
 */
@ApplicationScoped
public class Households {

    public static final String STREAM_TYPE = "household";

    private final AggregateStore<Household, HouseholdEvent> store;
    private final HouseholdProjection projection;
    private final PersonalData people;
    private final Areas areas;
    private final Pool pool;
    private final Clock clock;

    public Households(EventStore eventStore, HouseholdProjection projection, PersonalData people, Areas areas, Pool pool,
                      Clock clock) {
        this.store = new AggregateStore<>(eventStore, HouseholdEvent.class, STREAM_TYPE, Household::apply, projection);
        this.projection = projection;
        this.people = people;
        this.areas = areas;
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * Identifies a household unless its head already leads one still in the programme (a shared
     * house is no bar). The refusal names that household only to a caller whose area it lies in:
     * to anyone else it says no more than that one exists, so a national ID cannot be traced
     * across provinces. A head whose household graduated, was closed or was dismissed starts a new
     * case linked to the earlier one.
     */
    public Uni<String> identify(SqlConnection tx, IdentifyHousehold command, Person head, Caller caller) {
        EventMetadata metadata = caller.metadata(command.reason(), command.villageCode());
        return projection.openHouseholdFor(tx, command.headIdHash())
                .flatMap(existing -> {
                    if (existing != null) {
                        throw alreadyIdentified(caller.mayAct(existing.area()) ? existing.householdId() : null);
                    }
                    return projection.earlierCases(tx, List.of(command.headIdHash()));
                })
                .flatMap(earlier -> {
                    var linked = command.withEarlierCase(earlier.get(command.headIdHash()));
                    List<HouseholdEvent> events = Household.identify(linked, areas, Thailand.today(clock)).eventsOrThrow();
                    return store.append(tx, command.householdId(), null, events,
                                    identified -> metadata.withAreaCode(identified.area().village()))
                            .call(() -> people.record(tx, command.householdId(), head))
                            .replaceWith(command.householdId());
                })
                .onFailure(HouseholdProjection::isOpenTwin).transform(e -> alreadyIdentified(null));
    }

    /** The other households at the same house registration that the caller may see: a hint, never a block. */
    public Uni<List<String>> atTheSameHouse(String householdId, Caller caller) {
        return projection.atTheSameHouse(pool, householdId).map(found -> found.stream()
                .filter(other -> caller.mayAct(other.area())).map(HouseholdProjection.OpenHousehold::householdId).toList());
    }

    /**
     * Runs a command on a household the caller may act on, if it is still at {@code expectedVersion}.
     * {@code alsoInTransaction} writes what the events do not carry (corrected personal data).
     */
    public Uni<Versioned<Household>> handle(String householdId, long expectedVersion, HouseholdCommand command,
                                            Caller caller, String reason,
                                            Function<SqlConnection, Uni<Void>> alsoInTransaction) {
        return pool.withTransaction(tx -> store.handle(tx, householdId, expectedVersion,
                                found -> caller.visible(found, Household::area, "Household", householdId),
                                household -> household.decide(command, areas, Thailand.today(clock)),
                                after -> {
                                    caller.requireArea(after.area());
                                    return caller.metadata(reason, after.area().village());
                                })
                        .call(() -> alsoInTransaction.apply(tx)))
                .onFailure(HouseholdProjection::isOpenTwin).transform(e -> alreadyIdentified(null));
    }

    /**
     * Runs a command a forum decided on one of its village's households, inside the forum's
     * transaction and on the household as it stands: the forum's record is what was read.
     *
     * @param field where the household sits in the forum's request, named in a refusal
     */
    public Uni<Versioned<Household>> decideAtForum(SqlConnection tx, String householdId, HouseholdCommand command,
                                                   String villageCode, Caller caller, String reason, String field) {
        return store.load(tx, householdId).flatMap(found -> {
            Versioned<Household> current = caller.visible(found, Household::area, "Household", householdId);
            if (!current.aggregate().area().village().equals(villageCode)) {
                throw new RejectedCommand(Rejection.invalid(field, "not-in-forum-village", "Household " + householdId
                        + " lies in village " + current.aggregate().area().village() + ", not the forum's " + villageCode));
            }
            List<HouseholdEvent> events = switch (current.aggregate().decide(command, areas, Thailand.today(clock))) {
                case Decision.Accepted<HouseholdEvent> accepted -> accepted.events();
                case Decision.Rejected<HouseholdEvent> rejected -> throw new RejectedCommand(new Rejection(
                        rejected.rejection().kind(), rejected.rejection().code(),
                        "Household " + householdId + ": " + rejected.rejection().message(), field));
            };
            return store.append(tx, householdId, current, events, after -> caller.metadata(reason, after.area().village()));
        });
    }

    /**
     * An import's row for a household in the programme, in the import's transaction: a later survey
     * round's facts, a TPMAP list's flag. Its events are appended, or the refusal says why not.
     */
    public Uni<Optional<Rejection>> decideInImport(SqlConnection tx, String householdId, HouseholdCommand command,
                                                   EventMetadata metadata) {
        return store.load(tx, householdId).flatMap(found -> {
            Versioned<Household> current = found.orElseThrow();
            return switch (current.aggregate().decide(command, areas, Thailand.today(clock))) {
                case Decision.Rejected<HouseholdEvent> rejected -> Uni.createFrom().item(Optional.of(rejected.rejection()));
                case Decision.Accepted<HouseholdEvent> accepted -> store.append(tx, householdId, current, accepted.events(),
                                after -> metadata.withAreaCode(after.area().village()))
                        .replaceWith(Optional.<Rejection>empty());
            };
        });
    }

    /**
     * Records a graduate's follow-up at {@code expectedVersion}. One that fell back below the line
     * is identified again, in the same transaction, as a new case of the same head linked to this
     * one (its id in the answer); without the head's personal data (erased) no new case can be.
     */
    public Uni<FollowedUp> followUp(String householdId, long expectedVersion, FollowUp followUp, Caller caller,
                                    String reason) {
        return pool.withTransaction(tx -> store.handle(tx, householdId, expectedVersion,
                        found -> caller.visible(found, Household::area, "Household", householdId),
                        household -> household.decide(followUp, areas, Thailand.today(clock)),
                        after -> caller.metadata(reason, after.area().village()))
                .flatMap(after -> {
                    if (!followUp.fellBack()) {
                        return Uni.createFrom().item(new FollowedUp(after, null));
                    }
                    return newCase(tx, after.aggregate(), followUp, caller)
                            .map(newCase -> new FollowedUp(after, newCase));
                }));
    }

    /** The graduate after its follow-up, and the new case it opened if it fell back (else null). */
    public record FollowedUp(Versioned<Household> household, String newCase) {
    }

    private Uni<String> newCase(SqlConnection tx, Household graduate, FollowUp followUp, Caller caller) {
        return projection.heads(tx, graduate.id()).flatMap(hashes -> people.find(tx, graduate.id()).flatMap(head -> {
            if (head == null) {
                return Uni.createFrom().nullItem();
            }
            var command = new IdentifyHousehold(UUID.randomUUID().toString(), IdentificationSource.FOLLOW_UP,
                    graduate.area().village(), followUp.measuredOn(), "Income per person " + followUp.annualIncomePerPerson()
                    + " THB a year at the follow-up, at or below the line of " + followUp.threshold() + " THB",
                    hashes.headIdHash(), hashes.houseHash(), null, graduate.members(), followUp.annualIncomePerPerson(),
                    List.of(), graduate.id());
            return identify(tx, command, head, caller);
        }));
    }

    public Uni<Optional<Versioned<Household>>> find(String householdId) {
        return store.load(pool, householdId);
    }

    /** This service's part of a rebuild of its read model. */
    public StreamReplay replaying() {
        return store.replaying();
    }

    public Uni<List<StoredEvent>> history(String householdId) {
        return store.history(pool, householdId);
    }

    private static RejectedCommand alreadyIdentified(String existing) {
        return new RejectedCommand(Rejection.rule("already-identified", existing == null
                ? "This head of household already leads a household in the programme"
                : "This head of household already leads household " + existing + ", still in the programme"));
    }

}
