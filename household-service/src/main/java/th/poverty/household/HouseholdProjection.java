package th.poverty.household;

import java.time.ZoneOffset;
import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.eventstore.StoredEvent;
import th.poverty.household.HouseholdEvent.HouseholdIdentified;

/** Keeps the {@code households} read model in step with the events, in the appending transaction. */
@ApplicationScoped
public class HouseholdProjection {

    public Uni<Void> apply(SqlConnection tx, HouseholdEvent event, StoredEvent stored) {
        return switch (event) {
            case HouseholdIdentified e -> tx.preparedQuery("""
                            insert into households (household_id, status, source, province_code, district_code, tambon_code,
                                                    village_code, head_id_hash, house_hash, identified_on, version, updated_at)
                            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)""")
                    .execute(Tuple.from(Arrays.asList(e.householdId(), HouseholdStatus.IDENTIFIED.name(),
                            e.source().name(), e.provinceCode(), e.districtCode(), e.tambonCode(), e.villageCode(),
                            e.headIdHash(), e.houseHash(), e.identifiedOn(), stored.version(),
                            stored.recordedAt().atOffset(ZoneOffset.UTC))))
                    .replaceWithVoid();
        };
    }

    /** The open household already identified for this head or house, if any. */
    public Uni<String> openHouseholdFor(SqlClient client, String headIdHash, String houseHash) {
        return client.preparedQuery("""
                        select household_id from households
                        where status <> 'CLOSED' and (head_id_hash = $1 or house_hash = $2::text)
                        limit 1""")
                .execute(Tuple.of(headIdHash, houseHash))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString(0));
    }
}
