package th.poverty.plan.problems;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaPath;
import th.poverty.domain.Dimension;
import th.poverty.domain.Thailand;
import th.poverty.domain.Versioned;
import th.poverty.domain.WelfareNeed;
import th.poverty.eventstore.AggregateStore;
import th.poverty.eventstore.EventMetadata;
import th.poverty.eventstore.EventStore;
import th.poverty.eventstore.IncomingEvent;
import th.poverty.eventstore.StreamReplay;
import th.poverty.plan.agencies.Agencies;
import th.poverty.plan.agencies.Agency;
import th.poverty.plan.compass.Activity;
import th.poverty.plan.compass.ActivityPart;
import th.poverty.plan.compass.Plans;
import th.poverty.plan.households.PlanHousehold;
import th.poverty.plan.households.PlanHouseholds;
import th.poverty.plan.problems.Problem.Found;
import th.poverty.plan.problems.ProblemCommand.Reroute;
import th.poverty.survey.IndicatorSets;
import th.poverty.web.Caller;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;

/**
 * The problem use cases. A household's problems are found from what household-service tells (its
 * verified survey row, its Family Folder, its classification in group ก) and routed at once by
 * the province's table; agencies, and districts on their behalf, then move each one on.
 */
@ApplicationScoped
public class Problems {

    public static final String STREAM_TYPE = "problem";
    static final String ACTOR = "plan-service";
    static final String ACTOR_ROLE = "service";

    private final AggregateStore<Problem, ProblemEvent> store;
    private final ProblemProjection projection;
    private final RoutingTables routing;
    private final Agencies agencies;
    private final PlanHouseholds households;
    private final Plans plans;
    private final IndicatorSets indicators;
    private final Pool pool;
    private final Clock clock;

    public Problems(EventStore eventStore, ProblemProjection projection, RoutingTables routing, Agencies agencies,
                    PlanHouseholds households, Plans plans, IndicatorSets indicators, Pool pool, Clock clock) {
        this.store = new AggregateStore<>(eventStore, ProblemEvent.class, STREAM_TYPE, Problem::apply, projection);
        this.projection = projection;
        this.routing = routing;
        this.agencies = agencies;
        this.households = households;
        this.plans = plans;
        this.indicators = indicators;
        this.pool = pool;
        this.clock = clock;
    }

    /** A verified survey household: each failed indicator its round maps to a dimension is a problem. */
    public Uni<Void> fromSurvey(SqlConnection tx, String householdId, Integer surveyYear, List<Integer> failed,
                                IncomingEvent cause) {
        if (surveyYear == null) {
            return Uni.createFrom().voidItem();
        }
        List<Found> found = answeredByAgencies(surveyYear, failed).stream()
                .map(i -> found(householdId, i.dimension(), ProblemOrigin.BMN_INDICATOR, i.code(), null)).toList();
        return identify(tx, householdId, found, cause);
    }

    /** The failed indicators that are problems: those of the year's round in a dimension an agency answers. */
    private List<IndicatorSets.Indicator> answeredByAgencies(int surveyYear, List<Integer> failed) {
        return failed.stream().map(n -> indicators.indicator(surveyYear, n)).flatMap(Optional::stream)
                .filter(i -> i.dimension() != null).toList();
    }

    /**
     * A verified household surveyed again: what it fails now are its problems. An open survey
     * problem of the same round that it passes now is solved; one of an earlier round (another
     * numbering) is solved once nothing of its dimension fails, and otherwise carries on for that
     * dimension, so that the new round's indicators open no second problem there.
     */
    public Uni<Void> fromResurvey(SqlConnection tx, String householdId, int surveyYear, List<Integer> failed,
                                  IncomingEvent cause) {
        List<IndicatorSets.Indicator> failing = answeredByAgencies(surveyYear, failed);
        Set<String> codes = new HashSet<>();
        Set<Dimension> dimensions = new HashSet<>();
        failing.forEach(i -> {
            codes.add(i.code());
            dimensions.add(i.dimension());
        });
        String round = indicators.roundOf(surveyYear).map(r -> "BMN-" + r.firstYear() + "-").orElse("");
        return openSurveyProblems(tx, householdId).flatMap(open -> {
            Set<Dimension> carried = new HashSet<>();
            List<OpenSurveyProblem> passed = new ArrayList<>();
            for (OpenSurveyProblem problem : open) {
                boolean sameRound = !round.isEmpty() && problem.code().startsWith(round);
                if (sameRound ? !codes.contains(problem.code()) : !dimensions.contains(problem.dimension())) {
                    passed.add(problem);
                } else if (!sameRound) {
                    carried.add(problem.dimension());
                }
            }
            List<Found> found = failing.stream().filter(i -> !carried.contains(i.dimension()))
                    .map(i -> found(householdId, i.dimension(), ProblemOrigin.BMN_INDICATOR, i.code(), null)).toList();
            return households.find(tx, householdId).map(h -> h.orElseThrow().area().village())
                    .chain(village -> solve(tx, passed, village, surveyYear, cause))
                    .chain(() -> identify(tx, householdId, found, cause));
        });
    }

    /** A survey problem still open, as the read model has it. */
    private record OpenSurveyProblem(String problemId, long version, String code, Dimension dimension) {
    }

    private static Uni<List<OpenSurveyProblem>> openSurveyProblems(SqlConnection tx, String householdId) {
        return tx.preparedQuery("""
                        select problem_id, version, description_code, dimension from problems
                        where household_id = $1 and origin = 'BMN_INDICATOR' and status not in ('SOLVED', 'UNSOLVABLE')
                        order by problem_id""")
                .execute(Tuple.of(householdId))
                .map(rows -> {
                    List<OpenSurveyProblem> open = new ArrayList<>();
                    rows.forEach(r -> open.add(new OpenSurveyProblem(r.getString(0), r.getLong(1), r.getString(2),
                            Dimension.valueOf(r.getString(3)))));
                    return open;
                });
    }

    /** The problems a later survey found the household passing are solved, in the consuming transaction. */
    private Uni<Void> solve(SqlConnection tx, List<OpenSurveyProblem> passed, String village, int surveyYear,
                            IncomingEvent cause) {
        var command = new ProblemCommand.PassedInSurvey(surveyYear, Thailand.dateOf(cause.metadata().occurredAt()));
        var metadata = new EventMetadata(ACTOR, ACTOR_ROLE, "BMN survey " + surveyYear, cause.metadata().correlationId(),
                cause.eventId(), clock.instant(), village);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (OpenSurveyProblem problem : passed) {
            chain = chain.call(() -> store.handle(tx, problem.problemId(), problem.version(), Optional::orElseThrow,
                    found -> found.decide(command, today()), after -> metadata));
        }
        return chain;
    }

    /** The Family Folder's causes: the n-th cause in a dimension is the problem {@code FOLDER-<dimension>-n}. */
    public Uni<Void> fromFamilyFolder(SqlConnection tx, String householdId, List<Dimension> causes, IncomingEvent cause) {
        List<Found> found = new ArrayList<>();
        int[] seen = new int[Dimension.values().length];
        for (Dimension dimension : causes) {
            int n = ++seen[dimension.ordinal()];
            found.add(found(householdId, dimension, ProblemOrigin.FAMILY_FOLDER, "FOLDER-" + dimension.name() + "-" + n, null));
        }
        return identify(tx, householdId, found, cause);
    }

    /**
     * A TPMAP list found the household's head poor in these dimensions: each is a problem
     * ({@code TPMAP-<dimension>}) unless the household has one in that dimension not yet solved,
     * whatever found it, so that one need is not routed twice. A later year's list finds a
     * dimension again once its problems there are solved or cannot be.
     */
    public Uni<Void> fromTpmap(SqlConnection tx, String householdId, int listYear, List<Dimension> dimensions,
                               IncomingEvent cause) {
        return tx.preparedQuery("""
                        select distinct dimension from problems
                        where household_id = $1 and status not in ('SOLVED', 'UNSOLVABLE')""")
                .execute(Tuple.of(householdId))
                .flatMap(rows -> {
                    Set<Dimension> open = new HashSet<>();
                    rows.forEach(r -> open.add(Dimension.valueOf(r.getString(0))));
                    List<Found> found = dimensions.stream().distinct().filter(d -> !open.contains(d)).map(d -> {
                        String code = "TPMAP-" + d.name();
                        // a problem per list year: once solved, the dimension may be listed again
                        return new Found(problemId(householdId, code + "/" + listYear), householdId, d,
                                ProblemOrigin.TPMAP_TARGET, code, null);
                    }).toList();
                    return identify(tx, householdId, found, cause);
                });
    }

    /** A group ก household: a welfare referral for each need stated, or one for the welfare office to assess them. */
    public Uni<Void> referWelfare(SqlConnection tx, String householdId, List<WelfareNeed> needs, IncomingEvent cause) {
        List<WelfareNeed> referred = needs.isEmpty() ? List.of(WelfareNeed.WELFARE_ASSESSMENT) : needs;
        List<Found> found = referred.stream().distinct().map(need -> found(householdId, need.dimension(),
                ProblemOrigin.WELFARE_REFERRAL, "WELFARE-" + need.name(), need)).toList();
        return identify(tx, householdId, found, cause);
    }

    /**
     * Runs a command on a problem the caller may act on, if it is still at {@code expectedVersion}.
     * A partner agency acts on its own problems only; a district or province on those in its area.
     */
    public Uni<Versioned<Problem>> handle(String problemId, long expectedVersion, ProblemCommand command, Caller caller,
                                          String reason) {
        return pool.withTransaction(tx -> handle(tx, problemId, expectedVersion, command, caller, reason));
    }

    /** {@link #handle(String, long, ProblemCommand, Caller, String)} in the caller's transaction. */
    public Uni<Versioned<Problem>> handle(SqlConnection tx, String problemId, long expectedVersion, ProblemCommand command,
                                          Caller caller, String reason) {
        return locate(tx, problemId, caller).flatMap(located -> {
            Uni<Void> checked = command instanceof Reroute reroute ? requireServing(tx, reroute.agency(), located.area())
                    : Uni.createFrom().voidItem();
            return checked.chain(() -> decide(tx, problemId, expectedVersion, command, caller, reason, located));
        });
    }

    /** Links the problem to an activity of the household's compass, which must lie in its agencies' part. */
    public Uni<Versioned<Problem>> link(String problemId, long expectedVersion, String planId, String activityId,
                                        Caller caller, String reason) {
        return pool.withTransaction(tx -> locate(tx, problemId, caller).flatMap(located -> plans.activity(tx, planId,
                        located.householdId(), activityId)
                .flatMap(activity -> {
                    Activity found = activity.orElseThrow(() -> ProblemException.badRequest("activityId", "The household's "
                            + "plan " + planId + " has no activity " + activityId));
                    var command = new ProblemCommand.Link(planId, activityId, found.part() == ActivityPart.AGENCY);
                    return decide(tx, problemId, expectedVersion, command, caller, reason, located);
                })));
    }

    /** The problem's version as the read model has it. */
    Uni<Long> version(SqlClient client, String problemId) {
        return client.preparedQuery("select version from problems where problem_id = $1").execute(Tuple.of(problemId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** The problem's household and area, if the caller may see the problem; 404 otherwise. */
    public Uni<Located> locate(SqlClient client, String problemId, Caller caller) {
        return located(client, problemId).map(found -> found.filter(p -> mayAct(caller, p))
                .orElseThrow(() -> ProblemException.notFound("Problem", problemId)));
    }

    private Uni<Versioned<Problem>> decide(SqlConnection tx, String problemId, long expectedVersion,
                                           ProblemCommand command, Caller caller, String reason, Located located) {
        return store.load(tx, problemId).flatMap(loaded -> store.decided(tx, problemId, loaded.orElseThrow(),
                expectedVersion, problem -> problem.decide(command, today()),
                problem -> caller.metadata(reason, located.area().village())));
    }

    /** This aggregate's part of a rebuild of the service's read model. */
    public StreamReplay replaying() {
        return store.replaying();
    }

    public Uni<Void> clear(SqlConnection tx) {
        return projection.clear(tx);
    }

    /** A problem's agency, household and area, from the read model: what visibility needs. */
    public record Located(String agency, String householdId, AreaPath area) {
    }

    private Uni<Optional<Located>> located(SqlClient client, String problemId) {
        return client.preparedQuery("""
                        select agency, household_id, province_code, district_code, tambon_code, village_code
                        from problems where problem_id = $1""")
                .execute(Tuple.of(problemId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    var r = rows.iterator().next();
                    return Optional.of(new Located(r.getString(0), r.getString(1),
                            new AreaPath(r.getString(2), r.getString(3), r.getString(4), r.getString(5))));
                });
    }

    /** A partner agency sees its own work wherever it is; everyone else what lies in their area. */
    static boolean mayAct(Caller caller, Located problem) {
        if (Roles.PARTNER_AGENCY.equals(caller.role())) {
            return problem.agency() != null && caller.agency().filter(problem.agency()::equals).isPresent();
        }
        return caller.mayAct(problem.area());
    }

    private Uni<Void> requireServing(SqlClient client, String code, AreaPath household) {
        return agencies.find(client, code).map(found -> {
            Agency agency = found.map(Versioned::aggregate).orElseThrow(() -> ProblemException.badRequest("agency",
                    "Agency " + code + " is not in the registry"));
            if (!agency.serves(household)) {
                throw ProblemException.badRequest("agency", "Agency " + code + " serves " + agency.areaCode()
                        + ", not the household's village " + household.village());
            }
            return null;
        });
    }

    /**
     * Identifies the problems not yet known, each routed by the household's province's table on the
     * day of the household event that found them; the service is their actor, that event their cause.
     */
    private Uni<Void> identify(SqlConnection tx, String householdId, List<Found> found, IncomingEvent cause) {
        if (found.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] ids = found.stream().map(Found::problemId).toArray(String[]::new);
        return households.find(tx, householdId).flatMap(h -> {
            PlanHousehold household = h.orElseThrow();
            return tx.preparedQuery("select problem_id from problems where problem_id = any($1)").execute(Tuple.of(ids))
                    .flatMap(rows -> {
                        Set<String> known = new HashSet<>();
                        rows.forEach(r -> known.add(r.getString(0)));
                        List<Found> fresh = found.stream().filter(f -> !known.contains(f.problemId())).toList();
                        return fresh.isEmpty() ? Uni.createFrom().voidItem() : route(tx, household, fresh, cause);
                    });
        });
    }

    private Uni<Void> route(SqlConnection tx, PlanHousehold household, List<Found> fresh, IncomingEvent cause) {
        LocalDate on = Thailand.dateOf(cause.metadata().occurredAt());
        var metadata = new EventMetadata(ACTOR, ACTOR_ROLE, "", cause.metadata().correlationId(), cause.eventId(),
                clock.instant(), household.area().village());
        return routing.of(tx, household.area().province()).flatMap(table -> {
            Set<String> named = new HashSet<>();
            table.aggregate().rules().forEach(rule -> named.addAll(rule.agencies()));
            return agencies.all(tx, named).flatMap(registry -> {
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (Found problem : fresh) {
                    var events = Problem.identify(problem, table.aggregate().route(problem, household.area(), registry,
                            on), on);
                    chain = chain.call(() -> store.append(tx, problem.problemId(), null, events, after -> metadata));
                }
                return chain;
            });
        });
    }

    /** The same problem of the same household always has the same id: found twice, it is identified once. */
    private static Found found(String householdId, Dimension dimension, ProblemOrigin origin, String code, WelfareNeed need) {
        return new Found(problemId(householdId, code), householdId, dimension, origin, code, need);
    }

    private static String problemId(String householdId, String key) {
        return UUID.nameUUIDFromBytes((householdId + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private LocalDate today() {
        return Thailand.today(clock);
    }
}
