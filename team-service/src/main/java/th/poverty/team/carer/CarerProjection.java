package th.poverty.team.carer;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.eventstore.Projection;
import th.poverty.eventstore.StoredEvent;
import th.poverty.team.carer.CarerEvent.CareVisitRecorded;
import th.poverty.team.carer.CarerEvent.CarerAccountLinked;
import th.poverty.team.carer.CarerEvent.CarerAssigned;
import th.poverty.team.carer.CarerEvent.CarerRegistered;
import th.poverty.team.carer.CarerEvent.CarerReleased;

/**
 * Keeps {@code carers} and {@code care_assignments} in step with the carer streams, in the
 * appending transaction. The table's constraints refuse a second active carer for a household and
 * a fourth active household for a carer; a trigger keeps each carer's count.
 */
@ApplicationScoped
public class CarerProjection implements Projection<Carer, CarerEvent> {

    @Override
    public Uni<Void> apply(SqlConnection tx, Carer after, CarerEvent event, StoredEvent stored) {
        return switch (event) {
            case CarerRegistered e -> tx.preparedQuery("""
                            insert into carers (carer_id, name, role, province_code, district_code, tambon_code, village_code,
                                                team_id, member_id, version)
                            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)""")
                    .execute(Tuple.from(Arrays.asList(e.carerId(), e.name(), e.role().name(), e.provinceCode(),
                            e.districtCode(), e.tambonCode(), e.villageCode(), e.teamId(), e.memberId(), stored.version())))
                    .replaceWithVoid();
            case CarerAssigned e -> tx.preparedQuery("""
                            insert into care_assignments (carer_id, version, position, household_id, assigned_on,
                                                          proposal_id)
                            values ($1, $2, $3, $4, $5, $6)""")
                    .execute(Tuple.from(Arrays.asList(e.carerId(), stored.version(), stored.position(), e.householdId(),
                            e.assignedOn(), e.proposalId())))
                    .call(() -> moved(tx, stored))
                    .replaceWithVoid();
            case CarerReleased e -> tx.preparedQuery("""
                            update care_assignments set released_on = $3, release_reason = $4
                            where carer_id = $1 and household_id = $2 and released_on is null""")
                    .execute(Tuple.of(e.carerId(), e.householdId(), e.releasedOn(), e.release().name()))
                    .call(() -> moved(tx, stored))
                    .replaceWithVoid();
            case CareVisitRecorded e -> tx.preparedQuery("""
                            insert into care_visits (carer_id, version, household_id, visited_on, next_visit_due)
                            values ($1, $2, $3, $4, $5)""")
                    .execute(Tuple.of(e.carerId(), stored.version(), e.householdId(), e.visitedOn(), e.nextVisitDue()))
                    .call(() -> tx.preparedQuery("""
                                    update care_assignments
                                    set last_visited_on = greatest(last_visited_on, $3), next_visit_due = $4
                                    where carer_id = $1 and household_id = $2 and released_on is null""")
                            .execute(Tuple.of(e.carerId(), e.householdId(), e.visitedOn(), e.nextVisitDue())))
                    .call(() -> moved(tx, stored))
                    .replaceWithVoid();
            case CarerAccountLinked e -> tx.preparedQuery(
                            "update carers set account = $2, version = $3, updated_at = now() where carer_id = $1")
                    .execute(Tuple.of(e.carerId(), e.account(), stored.version()))
                    .replaceWithVoid();
        };
    }

    private Uni<Void> moved(SqlConnection tx, StoredEvent stored) {
        return tx.preparedQuery("update carers set version = $2, updated_at = now() where carer_id = $1")
                .execute(Tuple.of(stored.streamId(), stored.version()))
                .replaceWithVoid();
    }
}
