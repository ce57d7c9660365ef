package th.poverty.plan.problems;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.eventstore.Projection;
import th.poverty.eventstore.StoredEvent;
import th.poverty.plan.problems.ProblemEvent.ProblemDeclined;
import th.poverty.plan.problems.ProblemEvent.ProblemHelped;
import th.poverty.plan.problems.ProblemEvent.ProblemIdentified;
import th.poverty.plan.problems.ProblemEvent.ProblemLinked;
import th.poverty.plan.problems.ProblemEvent.ProblemRouted;

/**
 * Keeps {@code problems} (each problem where it stands, in its household's area), the activities
 * and help linked to each, and each agency's feed: one entry for the agency a change leaves the
 * problem with, and one for the agency it takes the problem from.
 */
@ApplicationScoped
public class ProblemProjection implements Projection<Problem, ProblemEvent> {

    @Override
    public Uni<Void> apply(SqlConnection tx, Problem after, ProblemEvent event, StoredEvent stored) {
        Uni<Void> state = event instanceof ProblemIdentified ? identified(tx, after, stored) : state(tx, after, stored);
        Uni<Void> detail = switch (event) {
            case ProblemHelped e -> state.call(() -> tx.preparedQuery("""
                            insert into problem_help (problem_id, stream_version, agency, kind, amount_thb, helped_on,
                                                      description, actor, actor_role)
                            values ($1, $2, $3, $4, $5, $6, $7, $8, $9)""")
                    .execute(Tuple.from(new Object[] {e.problemId(), stored.version(), e.agency(), e.kind().name(),
                            e.amountThb(), e.helpedOn(), e.description(), stored.metadata().actor(),
                            stored.metadata().actorRole()}))
                    .call(() -> tx.preparedQuery("update problems set helped_thb = helped_thb + $2 where problem_id = $1")
                            .execute(Tuple.of(e.problemId(), e.amountThb())))
                    .replaceWithVoid());
            case ProblemLinked e -> state.call(() -> tx.preparedQuery(
                            "insert into problem_activities (problem_id, plan_id, activity_id) values ($1, $2, $3)")
                    .execute(Tuple.of(e.problemId(), e.planId(), e.activityId())));
            default -> state;
        };
        return detail.call(() -> feed(tx, after, event, stored));
    }

    Uni<Void> clear(SqlConnection tx) {
        return tx.query("delete from agency_feed").execute()
                .chain(() -> tx.query("delete from agency_feed_heads").execute())
                .chain(() -> tx.query("delete from problem_help").execute())
                .chain(() -> tx.query("delete from problem_activities").execute())
                .chain(() -> tx.query("delete from problems").execute())
                .replaceWithVoid();
    }

    private Uni<Void> identified(SqlConnection tx, Problem p, StoredEvent stored) {
        return tx.preparedQuery("""
                        insert into problems (problem_id, household_id, province_code, district_code, tambon_code, village_code,
                                              dimension, origin, description_code, welfare_need, status, agency,
                                              identified_on, due_on, version, updated_at)
                        select $1, h.household_id, h.province_code, h.district_code, h.tambon_code, h.village_code,
                               $3, $4, $5, $6, $7, $8, $9, $10, $11, $12
                        from plan_households h where h.household_id = $2""")
                .execute(Tuple.from(new Object[] {p.problemId(), p.householdId(), p.dimension().name(), p.origin().name(),
                        p.descriptionCode(), p.welfareNeed() == null ? null : p.welfareNeed().name(), p.status().name(),
                        p.agency(), p.identifiedOn(), p.dueOn(), stored.version(), at(stored)}))
                .replaceWithVoid();
    }

    private Uni<Void> state(SqlConnection tx, Problem p, StoredEvent stored) {
        return tx.preparedQuery("""
                        update problems set status = $2, agency = $3, due_on = $4, version = $5, updated_at = $6
                        where problem_id = $1""")
                .execute(Tuple.from(new Object[] {p.problemId(), p.status().name(), p.agency(), p.dueOn(), stored.version(),
                        at(stored)}))
                .replaceWithVoid();
    }

    private static OffsetDateTime at(StoredEvent stored) {
        return stored.metadata().occurredAt().atOffset(ZoneOffset.UTC);
    }

    /** The feed entries of one change: the agency it leaves the problem with, and the one it takes it from. */
    private Uni<Void> feed(SqlConnection tx, Problem after, ProblemEvent event, StoredEvent stored) {
        List<String[]> entries = new ArrayList<>();
        if (after.agency() != null) {
            entries.add(new String[] {after.agency(), "true"});
        }
        String from = switch (event) {
            case ProblemRouted e -> e.previousAgency();
            case ProblemDeclined e -> e.agency();
            default -> null;
        };
        if (from != null && !from.equals(after.agency())) {
            entries.add(new String[] {from, "false"});
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String[] entry : entries) {
            chain = chain.call(() -> tx.preparedQuery("""
                            with head as (
                                insert into agency_feed_heads (agency, last) values ($1, 1)
                                on conflict (agency) do update set last = agency_feed_heads.last + 1
                                returning last)
                            insert into agency_feed (agency, seq, problem_id, event_type, status, with_agency, occurred_at)
                            select $1, head.last, $2, $3, $4, $5, $6 from head""")
                    .execute(Tuple.from(new Object[] {entry[0], after.problemId(), stored.type(), after.status().name(),
                            Boolean.parseBoolean(entry[1]), at(stored)})));
        }
        return chain;
    }
}
