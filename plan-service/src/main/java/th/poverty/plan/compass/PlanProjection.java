package th.poverty.plan.compass;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.eventstore.Projection;
import th.poverty.eventstore.StoredEvent;
import th.poverty.plan.compass.PlanEvent.ActivityProgressRecorded;
import th.poverty.plan.compass.PlanEvent.AssistanceDelivered;
import th.poverty.plan.compass.PlanEvent.IncomeRecorded;
import th.poverty.plan.compass.PlanEvent.PlanAgreed;
import th.poverty.plan.compass.PlanEvent.PlanClosed;
import th.poverty.plan.compass.PlanEvent.PlanCompleted;
import th.poverty.plan.compass.PlanEvent.PlanDrafted;
import th.poverty.plan.compass.PlanEvent.PlanRevised;
import th.poverty.plan.households.PlanHousehold;
import th.poverty.plan.households.PlanHouseholds;

/**
 * Keeps the plan read model in step with the events, in the appending transaction: the
 * {@code plans} row (the state after the event, which the next command starts from, and the
 * view a read sends as it is), every version's content, each delivery of help and each month's income.
 */
@ApplicationScoped
public class PlanProjection implements Projection<LifeCompassPlan, PlanEvent> {

    /**
     * The shape of {@link LifeCompassPlan} and {@link PlanView} that {@code plans.state} and
     * {@code plans.view} hold. Raise it when either changes: rows written under another schema
     * are then ignored and the stream is folded instead.
     */
    static final int SCHEMA = 1;

    /** A plan's stored state (null when written under another schema), its version and household. */
    record StoredState(LifeCompassPlan plan, long version, PlanHousehold household) {
    }

    /** A plan's view as JSON (null when written under another schema), its version and household. */
    record StoredView(String json, long version, PlanHousehold household) {
    }

    /** Writes what the event changes: the plan as the event left it, and the event's own records. */
    @Override
    public Uni<Void> apply(SqlConnection tx, LifeCompassPlan after, PlanEvent event, StoredEvent stored) {
        Uni<Void> state = save(tx, after, stored.version());
        return switch (event) {
            case PlanDrafted e -> state.call(() -> version(tx, stored, "DRAFTED", e.planVersion(), List.of(), e.content()));
            case PlanRevised e -> state.call(() -> version(tx, stored, "REVISED", e.planVersion(), e.changes(), e.content()));
            case AssistanceDelivered e -> state.call(() -> assistance(tx, e, stored));
            case IncomeRecorded e -> state.call(() -> income(tx, e, stored));
            case PlanAgreed e -> state;
            case ActivityProgressRecorded e -> state;
            case PlanCompleted e -> state;
            case PlanClosed e -> state;
        };
    }

    /** The plan's state and household in one look-up, for a command to start from. */
    Uni<Optional<StoredState>> state(SqlClient client, String planId) {
        return row(client, "state::text", planId).map(found -> found.map(row -> new StoredState(
                row.getInteger(1) == SCHEMA ? PlanJson.read(row.getString(0), LifeCompassPlan.class) : null,
                row.getLong(2), PlanHouseholds.of(row, 3))));
    }

    /** The plan's view and household in one look-up, for a read. */
    Uni<Optional<StoredView>> view(SqlClient client, String planId) {
        return row(client, "view", planId).map(found -> found.map(row -> new StoredView(
                row.getInteger(1) == SCHEMA ? row.getString(0) : null, row.getLong(2), PlanHouseholds.of(row, 3))));
    }

    private Uni<Optional<Row>> row(SqlClient client, String column, String planId) {
        return client.preparedQuery("select p." + column + ", p.schema, p.version, " + PlanHouseholds.COLUMNS + """
                         from plans p join plan_households h on h.household_id = p.household_id
                        where p.plan_id = $1""")
                .execute(Tuple.of(planId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next()));
    }

    /** The household's plan that is still a draft or agreed, if any. */
    Uni<Optional<String>> openPlanOf(SqlClient client, String householdId) {
        return client.preparedQuery("select plan_id from plans where household_id = $1 and status in ('DRAFT', 'AGREED')")
                .execute(Tuple.of(householdId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString(0)));
    }

    /** Empties the read model before a replay; concurrent commands wait for the replay to commit. */
    Uni<Void> clear(SqlConnection tx) {
        return tx.query("lock table plans in exclusive mode").execute()
                .chain(() -> tx.query("delete from plan_versions").execute())
                .chain(() -> tx.query("delete from plan_assistance").execute())
                .chain(() -> tx.query("delete from plan_incomes").execute())
                .chain(() -> tx.query("delete from plans").execute())
                .replaceWithVoid();
    }

    private Uni<Void> save(SqlConnection tx, LifeCompassPlan plan, long version) {
        String view = PlanJson.write(PlanView.of(plan, version));
        return tx.preparedQuery("""
                        insert into plans (plan_id, household_id, status, plan_version, drafted_on, version, state, view, schema)
                        values ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8, $9)
                        on conflict (plan_id) do update set status = excluded.status, plan_version = excluded.plan_version,
                            version = excluded.version, state = excluded.state, view = excluded.view,
                            schema = excluded.schema, updated_at = now()""")
                .execute(Tuple.tuple(List.of(plan.planId(), plan.householdId(), plan.status().name(), plan.planVersion(),
                        plan.draftedOn(), version, PlanJson.write(plan), view, SCHEMA)))
                .replaceWithVoid();
    }

    private Uni<Void> version(SqlConnection tx, StoredEvent stored, String kind, int planVersion, List<Change> changes,
                              PlanContent content) {
        var m = stored.metadata();
        return tx.preparedQuery("""
                        insert into plan_versions (plan_id, plan_version, stream_version, kind, reason, actor, actor_role,
                                                   occurred_at, changes, content)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10::text::jsonb)""")
                .execute(Tuple.from(Arrays.asList(stored.streamId(), planVersion, stored.version(), kind, m.reason(),
                        m.actor(), m.actorRole(), m.occurredAt().atOffset(ZoneOffset.UTC), PlanJson.write(changes),
                        PlanJson.write(content))))
                .replaceWithVoid();
    }

    private Uni<Void> assistance(SqlConnection tx, AssistanceDelivered e, StoredEvent stored) {
        return tx.preparedQuery("""
                        insert into plan_assistance (plan_id, stream_version, household_id, agency, kind, amount_thb,
                                                     delivered_on, activity_id, description, actor, actor_role)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)""")
                .execute(Tuple.from(Arrays.asList(e.planId(), stored.version(), e.householdId(), e.agency(),
                        e.kind().name(), e.amountThb(), e.deliveredOn(), e.activityId(), e.description(),
                        stored.metadata().actor(), stored.metadata().actorRole())))
                .replaceWithVoid();
    }

    private Uni<Void> income(SqlConnection tx, IncomeRecorded e, StoredEvent stored) {
        return tx.preparedQuery("""
                        insert into plan_incomes (plan_id, month, household_id, household_members, monthly_income_thb,
                                                  monthly_income_per_person_thb, annualised_income_per_person_thb, sources,
                                                  stream_version)
                        values ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9)
                        on conflict (plan_id, month) do update set household_members = excluded.household_members,
                            monthly_income_thb = excluded.monthly_income_thb,
                            monthly_income_per_person_thb = excluded.monthly_income_per_person_thb,
                            annualised_income_per_person_thb = excluded.annualised_income_per_person_thb,
                            sources = excluded.sources, stream_version = excluded.stream_version""")
                .execute(Tuple.tuple(List.of(e.planId(), e.month().atDay(1), e.householdId(), e.householdMembers(),
                        e.monthlyIncomeThb(), e.monthlyIncomePerPersonThb(), e.annualisedIncomePerPersonThb(),
                        PlanJson.write(e.sources()), stored.version())))
                .replaceWithVoid();
    }
}
