package th.poverty.team.villages;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.eventstore.Projection;
import th.poverty.eventstore.StoredEvent;

/** Keeps {@code villages} as each village stands after its latest event, in the appending transaction. */
@ApplicationScoped
public class VillageProjection implements Projection<Village, VillageEvent> {

    @Override
    public Uni<Void> apply(SqlConnection tx, Village after, VillageEvent event, StoredEvent stored) {
        var area = after.area();
        return tx.preparedQuery("""
                        insert into villages (village_code, province_code, district_code, tambon_code, moo, name_th, name_en,
                                              status, retirement, merged_into, retired_on, version)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                        on conflict (village_code) do update set
                            name_th = excluded.name_th, name_en = excluded.name_en, status = excluded.status,
                            retirement = excluded.retirement, merged_into = excluded.merged_into,
                            retired_on = excluded.retired_on, version = excluded.version, updated_at = now()""")
                .execute(Tuple.from(Arrays.asList(after.code(), area.province(), area.district(), area.tambon(), after.moo(),
                        after.nameTh(), after.nameEn(), after.status().name(),
                        after.retirement() == null ? null : after.retirement().name(), after.mergedInto(), after.retiredOn(),
                        stored.version())))
                .replaceWithVoid();
    }
}
