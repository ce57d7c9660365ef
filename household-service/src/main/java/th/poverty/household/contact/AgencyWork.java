package th.poverty.household.contact;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.eventstore.IncomingEvent;

/**
 * Which agency each household's problems are with, as plan-service routes them: an agency may
 * reach a household (its delivery contact) only while it has an open problem of it. A problem
 * solved or found unsolvable closes that; given back to the district, it is no agency's.
 */
@ApplicationScoped
public class AgencyWork {

    /** plan-service's problem events as this service reads them: only the fields it uses. */
    record Routed(String problemId, String householdId, String agency) {
    }

    record Declined(String problemId, String householdId) {
    }

    record StatusChanged(String problemId, String householdId, String status) {
    }

    public Uni<Void> apply(SqlConnection tx, IncomingEvent event) {
        return switch (event.type()) {
            case "ProblemRouted" -> {
                var routed = event.payloadAs(Routed.class);
                yield upsert(tx, routed.problemId(), routed.householdId(), routed.agency(), true);
            }
            case "ProblemDeclined" -> {
                var declined = event.payloadAs(Declined.class);
                yield upsert(tx, declined.problemId(), declined.householdId(), null, true);
            }
            case "ProblemStatusChanged" -> {
                var changed = event.payloadAs(StatusChanged.class);
                boolean open = !"SOLVED".equals(changed.status()) && !"UNSOLVABLE".equals(changed.status());
                yield tx.preparedQuery("update agency_work set open = $2 where problem_id = $1")
                        .execute(Tuple.of(changed.problemId(), open)).replaceWithVoid();
            }
            default -> Uni.createFrom().voidItem();
        };
    }

    /** Whether the agency has an open problem of the household. */
    Uni<Boolean> works(SqlClient client, String householdId, String agency) {
        return client.preparedQuery("select 1 from agency_work where household_id = $1 and agency = $2 and open limit 1")
                .execute(Tuple.of(householdId, agency))
                .map(rows -> rows.size() > 0);
    }

    private static Uni<Void> upsert(SqlConnection tx, String problemId, String householdId, String agency, boolean open) {
        return tx.preparedQuery("""
                        insert into agency_work (problem_id, household_id, agency, open) values ($1, $2, $3, $4)
                        on conflict (problem_id) do update set agency = excluded.agency, open = excluded.open""")
                .execute(Tuple.of(problemId, householdId, agency, open))
                .replaceWithVoid();
    }
}
