package th.poverty.plan.compass;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.domain.Label;
import th.poverty.plan.compass.PlanRecords.Comparison;
import th.poverty.plan.compass.PlanRecords.Delivery;
import th.poverty.plan.compass.PlanRecords.Income;
import th.poverty.plan.compass.PlanRecords.PlanSummary;
import th.poverty.plan.compass.PlanRecords.SourceView;
import th.poverty.plan.compass.PlanRecords.Version;
import th.poverty.plan.compass.PlanRecords.VersionEntry;
import th.poverty.plan.households.PlanHousehold;
import th.poverty.plan.households.PlanHouseholds;
import th.poverty.web.Caller;

/** Reads of the plan read model besides the plan itself: each one indexed look-up. */
@ApplicationScoped
public class PlanQueries {

    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
    };
    private static final TypeReference<List<IncomeSource>> SOURCES = new TypeReference<>() {
    };
    private static final String VERSION_COLUMNS = "plan_version, kind, occurred_at, actor, actor_role, reason, changes::text";

    private final Pool pool;

    public PlanQueries(Pool pool) {
        this.pool = pool;
    }

    /** Runs {@code read} if the plan exists and its household is within the caller's area; otherwise 404. */
    public <T> Uni<T> ifVisible(String planId, Caller caller, Supplier<Uni<T>> read) {
        return householdOf(planId).flatMap(household -> {
            caller.within(household, PlanHousehold::area, "Plan", planId);
            return read.get();
        });
    }

    private Uni<Optional<PlanHousehold>> householdOf(String planId) {
        return pool.preparedQuery("select " + PlanHouseholds.COLUMNS
                        + " from plans p join plan_households h on h.household_id = p.household_id where p.plan_id = $1")
                .execute(Tuple.of(planId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(PlanHouseholds.of(rows.iterator().next(), 0)));
    }

    public Uni<List<VersionEntry>> versions(String planId) {
        return list("select " + VERSION_COLUMNS + " from plan_versions where plan_id = $1 order by plan_version",
                Tuple.of(planId), row -> new VersionEntry(row.getInteger(0), row.getString(1),
                        row.getOffsetDateTime(2).toInstant(), row.getString(3), row.getString(4), row.getString(5),
                        PlanJson.read(row.getString(6), CHANGES)));
    }

    public Uni<Optional<Version>> version(String planId, int planVersion) {
        return list("select " + VERSION_COLUMNS + ", content::text from plan_versions where plan_id = $1 and plan_version = $2",
                Tuple.of(planId, planVersion), row -> new Version(planId, row.getInteger(0), row.getString(1),
                        row.getOffsetDateTime(2).toInstant(), row.getString(3), row.getString(4), row.getString(5),
                        PlanJson.read(row.getString(6), CHANGES),
                        ContentView.of(PlanJson.read(row.getString(7), PlanContent.class), Map.of())))
                .map(found -> found.stream().findFirst());
    }

    /** The changes between two stored versions, either way round; empty when either does not exist. */
    public Uni<Optional<Comparison>> compare(String planId, int from, int to) {
        return list("select plan_version, content::text from plan_versions where plan_id = $1 and plan_version in ($2, $3)",
                Tuple.of(planId, from, to), row -> Map.entry(row.getInteger(0), PlanJson.read(row.getString(1), PlanContent.class)))
                .map(found -> {
                    var older = found.stream().filter(e -> e.getKey() == from).findFirst();
                    var newer = found.stream().filter(e -> e.getKey() == to).findFirst();
                    if (older.isEmpty() || newer.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Comparison(planId, from, to,
                            PlanChanges.between(older.get().getValue(), newer.get().getValue())));
                });
    }

    public Uni<List<Delivery>> assistance(String planId) {
        return list("""
                        select agency, kind, amount_thb, delivered_on, activity_id, description, actor, actor_role
                        from plan_assistance where plan_id = $1 order by delivered_on, stream_version""",
                Tuple.of(planId), row -> new Delivery(row.getString(0),
                        Label.of(AssistanceKind.valueOf(row.getString(1))), row.getBigDecimal(2), row.getLocalDate(3),
                        row.getString(4), row.getString(5), row.getString(6), row.getString(7)));
    }

    public Uni<List<Income>> incomes(String planId) {
        return list("""
                        select month, household_members, sources::text, monthly_income_thb, monthly_income_per_person_thb,
                               annualised_income_per_person_thb
                        from plan_incomes where plan_id = $1 order by month""",
                Tuple.of(planId), row -> new Income(YearMonth.from(row.getLocalDate(0)), row.getInteger(1),
                        PlanJson.read(row.getString(2), SOURCES).stream()
                                .map(s -> new SourceView(Label.of(s.source()), s.monthlyAmountThb())).toList(),
                        row.getBigDecimal(3), row.getBigDecimal(4), row.getBigDecimal(5)));
    }

    public Uni<List<PlanSummary>> plansOf(String householdId) {
        return list("""
                        select plan_id, status, plan_version, drafted_on, version from plans
                        where household_id = $1 order by drafted_on, plan_id""",
                Tuple.of(householdId), row -> new PlanSummary(row.getString(0),
                        Label.of(PlanStatus.valueOf(row.getString(1))), row.getInteger(2), row.getLocalDate(3),
                        row.getLong(4)));
    }

    private <T> Uni<List<T>> list(String sql, Tuple parameters, Function<Row, T> read) {
        return pool.preparedQuery(sql).execute(parameters).map(rows -> {
            List<T> found = new ArrayList<>(rows.size());
            rows.forEach(row -> found.add(read.apply(row)));
            return found;
        });
    }
}
