package th.poverty.plan.compass;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.pgclient.PgException;
import th.poverty.domain.RejectedCommand;
import th.poverty.domain.Rejection;
import th.poverty.domain.Thailand;
import th.poverty.domain.Versioned;
import th.poverty.eventstore.AggregateStore;
import th.poverty.eventstore.EventStore;
import th.poverty.eventstore.StoredEvent;
import th.poverty.eventstore.StreamReplay;
import th.poverty.plan.agencies.Agencies;
import th.poverty.plan.households.PlanHousehold;
import th.poverty.plan.households.PlanHouseholds;
import th.poverty.web.Caller;
import th.poverty.web.ProblemException;

/**
 * The plan use cases. A command starts from the plan's stored state (not from its whole
 * stream), lets the aggregate decide, and appends the events with the version it started from,
 * together with the read model, in one transaction: of two racing commands one wins and the
 * other gets the current version (412).
 */
@ApplicationScoped
public class Plans {

    public static final String STREAM_TYPE = "plan";

    private final AggregateStore<LifeCompassPlan, PlanEvent> store;
    private final PlanProjection projection;
    private final PlanHouseholds households;
    private final Agencies agencies;
    private final Pool pool;
    private final Clock clock;

    public Plans(EventStore eventStore, PlanProjection projection, PlanHouseholds households, Agencies agencies, Pool pool,
                 Clock clock) {
        this.clock = clock;
        this.agencies = agencies;
        this.store = new AggregateStore<>(eventStore, PlanEvent.class, STREAM_TYPE, LifeCompassPlan::apply, projection);
        this.projection = projection;
        this.households = households;
        this.pool = pool;
    }

    /** A plan as of its latest event, with its stream version and its household. */
    private record CurrentPlan(LifeCompassPlan plan, long version, PlanHousehold household) {
    }

    /** Drafts a plan for a household the caller may act on, unless it already has an open one; returns its id. */
    public Uni<String> draft(SqlConnection tx, DraftPlan command, Caller caller, String reason) {
        return households.find(tx, command.householdId()).flatMap(found -> {
                    PlanHousehold household = found.filter(h -> caller.mayAct(h.area()))
                            .orElseThrow(() -> ProblemException.notFound("Household", command.householdId()));
                    return registered(tx, command.content())
                            .chain(() -> projection.openPlanOf(tx, household.householdId()))
                            .flatMap(open -> {
                                if (open.isPresent()) {
                                    throw alreadyOpen(open.get());
                                }
                                List<PlanEvent> events = LifeCompassPlan.draft(command, household, today())
                                        .eventsOrThrow();
                                return store.append(tx, command.planId(), null, events,
                                                plan -> caller.metadata(reason, household.area().village()))
                                        .replaceWith(command.planId());
                            });
                })
                .onFailure(Plans::concurrentOpenPlan).transform(e -> alreadyOpen(null));
    }

    /**
     * Runs a command on a plan of a household the caller may act on, if it is still at
     * {@code expectedVersion}; answers with the plan as it is now.
     */
    public Uni<PlanDocument> handle(String planId, long expectedVersion, PlanCommand command, Caller caller, String reason) {
        return pool.withTransaction(tx -> current(tx, planId).flatMap(found -> {
            CurrentPlan current = found.filter(p -> caller.mayAct(p.household().area()))
                    .orElseThrow(() -> ProblemException.notFound("Plan", planId));
            PlanHousehold household = current.household();
            Uni<Void> checked = command instanceof PlanCommand.RevisePlan revision ? registered(tx, revision.content())
                    : Uni.createFrom().voidItem();
            return checked.chain(() -> store.decided(tx, planId, new Versioned<>(current.plan(), current.version()), expectedVersion,
                            plan -> plan.decide(command, household, today()),
                            plan -> caller.metadata(reason, household.area().village()))
                    .map(after -> new PlanDocument(PlanJson.write(PlanView.of(after.aggregate(), after.version())),
                            after.version(), household)));
        }));
    }

    /**
     * Refuses (422) an agency activity whose agency is not a code of the registry: development
     * plans sum budgets by agency, which names in free text would split across spellings.
     */
    private Uni<Void> registered(SqlClient client, PlanContent content) {
        List<Activity> activities = content.activities();
        Set<String> named = new HashSet<>();
        activities.stream().filter(Plans::namesAnAgency).forEach(a -> named.add(a.agency()));
        if (named.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return agencies.all(client, named).map(registry -> {
            for (int i = 0; i < activities.size(); i++) {
                Activity activity = activities.get(i);
                if (namesAnAgency(activity) && !registry.containsKey(activity.agency())) {
                    throw new RejectedCommand(Rejection.invalid("activities[" + i + "].agency", "unknown-agency",
                            "Agency " + activity.agency() + " is not in the registry: name the agency by its code"));
                }
            }
            return null;
        });
    }

    /** The plan as a read answers it: its stored view, or one made from the folded stream when that is stale. */
    public Uni<Optional<PlanDocument>> document(String planId) {
        return projection.view(pool, planId).flatMap(found -> {
            if (found.isEmpty() || found.get().json() != null) {
                return Uni.createFrom().item(found.map(v -> new PlanDocument(v.json(), v.version(), v.household())));
            }
            return current(pool, planId).map(folded -> folded.map(c -> new PlanDocument(
                    PlanJson.write(PlanView.of(c.plan(), c.version())), c.version(), c.household())));
        });
    }

    /** An activity of the plan, if the plan is the household's and has it in its current version. */
    public Uni<Optional<Activity>> activity(SqlClient client, String planId, String householdId, String activityId) {
        return current(client, planId).map(found -> found.map(CurrentPlan::plan)
                .filter(plan -> plan.householdId().equals(householdId))
                .flatMap(plan -> plan.content().activity(activityId)));
    }

    /** This service's part of a rebuild of its read model. */
    public StreamReplay replaying() {
        return store.replaying();
    }

    public Uni<List<StoredEvent>> history(String planId) {
        return store.history(pool, planId);
    }

    /** The stored state; folded from the stream only when it was written under another schema. */
    private Uni<Optional<CurrentPlan>> current(SqlClient client, String planId) {
        return projection.state(client, planId).flatMap(found -> {
            if (found.isEmpty() || found.get().plan() != null) {
                return Uni.createFrom().item(found.map(s -> new CurrentPlan(s.plan(), s.version(), s.household())));
            }
            var stored = found.get();
            return store.load(client, planId).map(folded -> folded.map(
                    v -> new CurrentPlan(v.aggregate(), v.version(), stored.household())));
        });
    }

    /** An agency activity naming its agency; one naming none is the content rules' to refuse. */
    private static boolean namesAnAgency(Activity activity) {
        return activity.part() == ActivityPart.AGENCY && activity.agency() != null && !activity.agency().isBlank();
    }

    private LocalDate today() {
        return Thailand.today(clock);
    }

    private static RejectedCommand alreadyOpen(String planId) {
        return new RejectedCommand(Rejection.rule("plan-already-open", planId == null
                ? "The household already has an open plan: revise it, or complete or close it first"
                : "The household already has an open plan " + planId + ": revise it, or complete or close it first"));
    }

    /** The unique index caught a concurrent draft for the same household that the look-up could not see yet. */
    private static boolean concurrentOpenPlan(Throwable failure) {
        return failure instanceof PgException pg && "23505".equals(pg.getSqlState())
                && "plans_one_open_per_household".equals(pg.getConstraint());
    }
}
