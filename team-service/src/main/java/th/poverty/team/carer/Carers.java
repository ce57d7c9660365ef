package th.poverty.team.carer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.pgclient.PgException;
import th.poverty.area.AreaPath;
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
import th.poverty.eventstore.StreamVersionConflict;
import th.poverty.team.carer.CarerCommand.Assign;
import th.poverty.team.carer.CarerCommand.LinkAccount;
import th.poverty.team.carer.CarerCommand.RecordVisit;
import th.poverty.team.carer.CarerCommand.Release;
import th.poverty.team.carer.CarerEvent.CarerRegistered;
import th.poverty.team.cap.CarerCap;
import th.poverty.team.cap.CarerCaps;
import th.poverty.team.household.CareHousehold;
import th.poverty.team.household.CareHouseholds;
import th.poverty.team.team.Team;
import th.poverty.team.team.Teams;
import th.poverty.web.Caller;
import th.poverty.web.ProblemException;

/**
 * The carer use cases. An assignment is appended to the carer's stream at the version the carer
 * was loaded at, so assignments to one carer serialize and each is decided on the households the
 * carer holds and the cap in force in its province; the projection's constraints (one active
 * carer per household, at most the cap per carer) guard the same rules across carers and instances. The household's row is locked for
 * share while it is assigned, so a closing or graduation consumed at the same time waits and then
 * releases the new carer.
 */
@ApplicationScoped
public class Carers {

    public static final String STREAM_TYPE = "carer";

    private final AggregateStore<Carer, CarerEvent> store;
    private final CareHouseholds households;
    private final Teams teams;
    private final Areas areas;
    private final Pool pool;
    private final AssignmentQueue queue;
    private final Clock clock;
    /** The service itself: what a consumer or a hand-over touches outside the caller's area. */
    private final Caller itself;

    public Carers(EventStore eventStore, CarerProjection projection, CareHouseholds households, Teams teams, Areas areas,
                  Pool pool, Clock clock) {
        this.clock = clock;
        this.itself = Caller.system("team-service", clock);
        this.store = new AggregateStore<>(eventStore, CarerEvent.class, STREAM_TYPE, Carer::apply, projection);
        this.households = households;
        this.teams = teams;
        this.areas = areas;
        this.pool = pool;
        this.queue = new AssignmentQueue(this::assignTogether);
    }

    /** Registers a carer inside {@code tx} (the caller's idempotent creation) and returns its id. */
    public Uni<String> register(SqlConnection tx, RegisterCarer command, Caller caller, EventMetadata metadata) {
        Uni<Team> team = command.teamId() == null ? Uni.createFrom().nullItem()
                : teams.load(tx, command.teamId(), caller).map(Versioned::aggregate);
        return team.flatMap(t -> {
                    List<CarerEvent> events = Carer.register(command, t, areas).eventsOrThrow();
                    var registered = (CarerRegistered) events.getFirst();
                    AreaPath area = new AreaPath(registered.provinceCode(), registered.districtCode(),
                            registered.tambonCode(), registered.villageCode());
                    if (!caller.mayAct(area)) {
                        throw ProblemException.forbidden("Area " + area.code() + " is outside your area " + caller.area());
                    }
                    return store.append(tx, command.carerId(), null, events, carer -> metadata.withAreaCode(area.code()))
                            .replaceWith(command.carerId());
                })
                .onFailure(Carers::memberAlreadyCarer).transform(e -> new RejectedCommand(Rejection.rule("already-a-carer",
                        "Member " + command.memberId() + " of team " + command.teamId() + " is already registered as a carer")));
    }

    /**
     * Assigns a household to a carer. Without {@code expectedVersion} a lost race is decided again
     * on fresh state; with it, a carer changed since is a {@link StreamVersionConflict} (412).
     * Requests aimed at the same carer are decided together ({@link AssignmentQueue}).
     */
    public Uni<Versioned<Carer>> assign(String carerId, String householdId, Long expectedVersion, Caller caller,
                                        EventMetadata metadata) {
        return queue.submit(carerId, new AssignmentQueue.Request(householdId, expectedVersion, caller.value(), metadata));
    }

    /**
     * One carer's batch in one transaction: the carer as stored and the batch's households locked
     * for share, each request decided in turn on the state the previous one left, its events
     * appended with its own metadata. Appending at the version read is what serializes instances:
     * a batch that lost the race is decided again on fresh state.
     */
    private Uni<List<AssignmentQueue.Answer>> assignTogether(String carerId, List<AssignmentQueue.Request> batch) {
        List<String> householdIds = batch.stream().map(AssignmentQueue.Request::householdId).distinct().toList();
        LocalDate today = Thailand.today(clock);
        return Afresh.retried(true, () -> pool.withTransaction(tx -> store.load(tx, carerId)
                .flatMap(carer -> households.findAllLocked(tx, householdIds).flatMap(known -> capOf(tx, carer, today)
                        .flatMap(cap -> {
                    var answers = new AssignmentQueue.Answer[batch.size()];
                    Uni<Optional<Versioned<Carer>>> state = Uni.createFrom().item(carer);
                    for (int i = 0; i < batch.size(); i++) {
                        int at = i;
                        state = state.flatMap(current -> decideOne(tx, current, carerId, known, batch.get(at), today, cap)
                                .map(answer -> {
                                    answers[at] = answer;
                                    return answer.carer() == null ? current : Optional.of(answer.carer());
                                }));
                    }
                    return state.map(ignored -> List.of(answers));
                })))));
    }

    /** The cap in force in the carer's province (the default for a carer that does not exist: it is refused anyway). */
    private static Uni<Integer> capOf(SqlConnection tx, Optional<Versioned<Carer>> carer, LocalDate day) {
        return carer.map(found -> CarerCaps.inForce(tx, found.aggregate().area(), day))
                .orElseGet(() -> Uni.createFrom().item(CarerCap.DEFAULT_HOUSEHOLDS));
    }

    private Uni<AssignmentQueue.Answer> decideOne(SqlConnection tx, Optional<Versioned<Carer>> stored, String carerId,
                                                  Map<String, CareHousehold> households, AssignmentQueue.Request request,
                                                  LocalDate today, int cap) {
        try {
            var carer = stored.filter(v -> request.caller().mayAct(v.aggregate().area()))
                    .orElseThrow(() -> ProblemException.notFound("Carer", carerId));
            var household = visible(Optional.ofNullable(households.get(request.householdId())), request.householdId(),
                    request.caller());
            if (request.expectedVersion() != null && carer.version() != request.expectedVersion()) {
                throw new StreamVersionConflict(carerId, request.expectedVersion(), carer.version());
            }
            return append(tx, carer, carer.aggregate().decide(new Assign(household, today, null, cap)).eventsOrThrow(),
                    request.metadata().withAreaCode(household.area().village())).map(AssignmentQueue.Answer::assigned);
        } catch (ProblemException | RejectedCommand | StreamVersionConflict refusal) {
            return Uni.createFrom().item(AssignmentQueue.Answer.refused(refusal));
        }
    }

    public Uni<Versioned<Carer>> release(String carerId, String householdId, ReleaseReason reason, Long expectedVersion,
                                         Caller caller, EventMetadata metadata) {
        return Afresh.retried(expectedVersion == null, () -> pool.withTransaction(tx ->
                load(tx, carerId, caller, expectedVersion).flatMap(carer -> {
                    var events = carer.aggregate().decide(new Release(householdId, reason, Thailand.today(clock))).eventsOrThrow();
                    return append(tx, carer, events, metadata.withAreaCode(villageOf(carer.aggregate(), householdId)));
                })));
    }

    /**
     * Hands a household over to another carer: released by one, assigned to the other, in one
     * transaction. The caller's area must hold the household and the new carer; the current carer
     * may lie outside it.
     */
    public Uni<Void> reassign(String householdId, String toCarerId, Caller caller, EventMetadata metadata) {
        LocalDate today = Thailand.today(clock);
        return Afresh.retried(true, () -> pool.withTransaction(tx -> lockedHousehold(tx, householdId, caller)
                .flatMap(household -> {
                    if (household.carerId() == null) {
                        throw new RejectedCommand(Rejection.rule("household-has-no-carer", "Household " + householdId
                                + " has no carer to hand over: assign one"));
                    }
                    if (household.carerId().equals(toCarerId)) {
                        throw new RejectedCommand(Rejection.rule("same-carer", "Carer " + toCarerId
                                + " already cares for household " + householdId));
                    }
                    return load(tx, household.carerId(), itself, null)
                            .flatMap(from -> load(tx, toCarerId, caller, null).flatMap(to -> CarerCaps.inForce(tx,
                                    to.aggregate().area(), today).flatMap(cap -> {
                                var releasing = from.aggregate().decide(new Release(householdId, ReleaseReason.REASSIGNED,
                                        today)).eventsOrThrow();
                                var assigning = to.aggregate().decide(new Assign(household.released(), today, null, cap))
                                        .eventsOrThrow();
                                var at = metadata.withAreaCode(household.area().village());
                                // released first: the household may have one active carer at any moment. Two opposite
                                // hand-overs at once may deadlock; PostgreSQL breaks it and the loser is decided again
                                return append(tx, from, releasing, at).call(() -> append(tx, to, assigning, at));
                            })));
                })).replaceWithVoid());
    }

    /**
     * One carer's share of a confirmed proposal, inside the confirmation's transaction: each
     * household is decided on the state the previous one left, and what the rules accept is
     * appended at once. Returns the refusals by household; the others were assigned.
     */
    public Uni<Map<String, Rejection>> assignAll(SqlConnection tx, String carerId, List<String> householdIds, Caller caller,
                                                 UUID proposalId, EventMetadata metadata) {
        return store.load(tx, carerId).flatMap(found -> {
            Map<String, Rejection> refusals = new LinkedHashMap<>();
            var carer = found.filter(v -> caller.mayAct(v.aggregate().area()));
            if (carer.isEmpty()) {
                householdIds.forEach(id -> refusals.put(id, Rejection.invalid("carerId", "unknown-carer",
                        "Carer " + carerId + " does not exist in your area")));
                return Uni.createFrom().item(refusals);
            }
            LocalDate today = Thailand.today(clock);
            return households.findAllLocked(tx, householdIds).flatMap(known -> CarerCaps.inForce(tx,
                    carer.get().aggregate().area(), today).flatMap(cap -> {
                Carer state = carer.get().aggregate();
                List<CarerEvent> events = new ArrayList<>();
                for (String householdId : householdIds) {
                    CareHousehold household = known.get(householdId);
                    if (household == null || !caller.mayAct(household.area())) {
                        refusals.put(householdId, Rejection.invalid("householdId", "unknown-household",
                                "Household " + householdId + " is not known in your area"));
                        continue;
                    }
                    switch (state.decide(new Assign(household, today, proposalId, cap))) {
                        case Decision.Accepted<CarerEvent> accepted -> {
                            for (CarerEvent event : accepted.events()) {
                                state = Carer.apply(state, event);
                                events.add(event);
                            }
                        }
                        case Decision.Rejected<CarerEvent> rejected -> refusals.put(householdId, rejected.rejection());
                    }
                }
                return append(tx, carer.get(), events, metadata.withAreaCode(state.area().code())).replaceWith(refusals);
            }));
        });
    }

    /** Releases the household's carer, if it has one, inside the consumer's transaction. */
    public Uni<Void> releaseLeaving(SqlConnection tx, String householdId, ReleaseReason reason, LocalDate on,
                                    EventMetadata metadata) {
        return households.find(tx, householdId).flatMap(found -> {
            String carerId = found.map(CareHousehold::carerId).orElse(null);
            if (carerId == null) {
                return Uni.createFrom().voidItem();
            }
            return load(tx, carerId, itself, null).flatMap(carer -> append(tx, carer,
                            carer.aggregate().decide(new Release(householdId, reason, on)).eventsOrThrow(),
                            metadata.withAreaCode(found.get().area().village())))
                    .replaceWithVoid();
        });
    }

    /** A visit by the carer to a household it cares for (If-Match optional, as for a release). */
    public Uni<Versioned<Carer>> recordVisit(String carerId, String householdId, LocalDate visitedOn, String seen,
                                             LocalDate nextVisitDue, Long expectedVersion, Caller caller,
                                             EventMetadata metadata) {
        return Afresh.retried(expectedVersion == null, () -> pool.withTransaction(tx ->
                load(tx, carerId, caller, expectedVersion).flatMap(carer -> append(tx, carer, carer.aggregate()
                                .decide(new RecordVisit(householdId, visitedOn, seen, nextVisitDue, Thailand.today(clock)))
                                .eventsOrThrow(),
                        metadata.withAreaCode(villageOf(carer.aggregate(), householdId))))));
    }

    /** Links the person who signs in as {@code account} to the carer; one carer per account. */
    public Uni<Versioned<Carer>> linkAccount(String carerId, String account, Caller caller, EventMetadata metadata) {
        return pool.withTransaction(tx -> load(tx, carerId, caller, null).flatMap(carer -> append(tx, carer,
                        carer.aggregate().decide(new LinkAccount(account)).eventsOrThrow(),
                        metadata.withAreaCode(carer.aggregate().area().code()))))
                .onFailure(Carers::accountTaken).transform(e -> new RejectedCommand(Rejection.rule("account-already-linked",
                        "This account is already linked to another carer")));
    }

    private static boolean accountTaken(Throwable failure) {
        return failure instanceof PgException pg && "carers_one_per_account".equals(pg.getConstraint());
    }

    /** The carer as the API shows it, with its province's cap in force today. */
    public Uni<CarerView> view(Versioned<Carer> carer) {
        return CarerCaps.inForce(pool, carer.aggregate().area(), Thailand.today(clock))
                .map(cap -> CarerView.of(carer.aggregate(), carer.version(), cap, areas));
    }

    public Uni<Optional<Versioned<Carer>>> find(String carerId) {
        return store.load(pool, carerId);
    }

    /** This service's part of a rebuild of its read models. */
    public StreamReplay replaying() {
        return store.replaying();
    }

    public Uni<List<StoredEvent>> history(String carerId) {
        return store.history(pool, carerId);
    }

    private Uni<Versioned<Carer>> load(SqlClient client, String carerId, Caller caller, Long expectedVersion) {
        return store.load(client, carerId).map(found -> {
            var carer = found.filter(v -> caller.mayAct(v.aggregate().area()))
                    .orElseThrow(() -> ProblemException.notFound("Carer", carerId));
            if (expectedVersion != null && carer.version() != expectedVersion) {
                throw new StreamVersionConflict(carerId, expectedVersion, carer.version());
            }
            return carer;
        });
    }

    private Uni<CareHousehold> lockedHousehold(SqlConnection tx, String householdId, Caller caller) {
        return households.findLocked(tx, householdId).map(found -> visible(found, householdId, caller));
    }

    private static CareHousehold visible(Optional<CareHousehold> found, String householdId, Caller caller) {
        return found.filter(h -> caller.mayAct(h.area())).orElseThrow(() -> ProblemException.notFound("Household", householdId));
    }

    private Uni<Versioned<Carer>> append(SqlConnection tx, Versioned<Carer> carer, List<CarerEvent> events,
                                         EventMetadata metadata) {
        return store.append(tx, carer.aggregate().id(), carer, events, after -> metadata);
    }

    private static String villageOf(Carer carer, String householdId) {
        return carer.households().stream().filter(h -> h.householdId().equals(householdId))
                .map(Carer.CaredFor::villageCode).findFirst().orElse(carer.area().code());
    }

    private static boolean memberAlreadyCarer(Throwable failure) {
        return failure instanceof PgException pg && "23505".equals(pg.getSqlState())
                && "carers_one_per_member".equals(pg.getConstraint());
    }
}
