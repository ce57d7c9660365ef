package th.poverty.team.cap;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.eventstore.Projection;
import th.poverty.eventstore.StoredEvent;
import th.poverty.team.cap.CarerCapEvent.CarerCapSet;

/** Keeps {@code carer_caps}, which the assignment rule and the database's own check read through {@code carer_cap()}. */
@ApplicationScoped
public class CarerCapProjection implements Projection<CarerCap, CarerCapEvent> {

    @Override
    public Uni<Void> apply(SqlConnection tx, CarerCap after, CarerCapEvent event, StoredEvent stored) {
        return switch (event) {
            case CarerCapSet e -> tx.preparedQuery("""
                            insert into carer_caps (province_code, effective_from, households) values ($1, $2, $3)
                            on conflict (province_code, effective_from) do update set households = excluded.households""")
                    .execute(Tuple.of(e.provinceCode(), e.effectiveFrom(), e.households()))
                    .replaceWithVoid();
        };
    }
}
