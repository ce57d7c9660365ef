package th.poverty.plan.agencies;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.eventstore.Projection;
import th.poverty.eventstore.StoredEvent;

/** Keeps {@code agencies}, the registry as it stands, from the agencies' events. */
@ApplicationScoped
public class AgencyProjection implements Projection<Agency, AgencyEvent> {

    @Override
    public Uni<Void> apply(SqlConnection tx, Agency after, AgencyEvent event, StoredEvent stored) {
        return tx.preparedQuery("""
                        insert into agencies (code, name_th, name_en, level, area_code, dimensions, help_kinds, welfare_needs, version)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                        on conflict (code) do update set name_th = excluded.name_th, name_en = excluded.name_en,
                            level = excluded.level, area_code = excluded.area_code, dimensions = excluded.dimensions,
                            help_kinds = excluded.help_kinds, welfare_needs = excluded.welfare_needs,
                            version = excluded.version, updated_at = now()""")
                .execute(Tuple.from(new Object[] {after.code(), after.nameTh(), after.nameEn(), after.level().name(),
                        after.areaCode(), names(after.dimensions()), names(after.helpKinds()), names(after.welfareNeeds()),
                        stored.version()}))
                .replaceWithVoid();
    }

    Uni<Void> clear(SqlConnection tx) {
        return tx.query("delete from agencies").execute().replaceWithVoid();
    }

    static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }
}
