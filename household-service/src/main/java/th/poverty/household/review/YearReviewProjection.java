package th.poverty.household.review;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.eventstore.Projection;
import th.poverty.eventstore.StoredEvent;

/** Keeps {@code year_reviews}, the list a district reads to see which villages reviewed their year, in the appending transaction. */
@ApplicationScoped
public class YearReviewProjection implements Projection<YearReview, YearReviewEvent> {

    @Override
    public Uni<Void> apply(SqlConnection tx, YearReview after, YearReviewEvent event, StoredEvent stored) {
        var v = after.village();
        return tx.preparedQuery("""
                        insert into year_reviews (review_id, province_code, district_code, tambon_code, village_code,
                                                  fiscal_year, held_on, status, carried_over, graduated, left_count,
                                                  proposed, version)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
                        on conflict (review_id) do update set held_on = excluded.held_on, status = excluded.status,
                            carried_over = excluded.carried_over, graduated = excluded.graduated,
                            left_count = excluded.left_count, proposed = excluded.proposed, version = excluded.version""")
                .execute(Tuple.from(new Object[] {after.id(), v.province(), v.district(), v.tambon(), v.village(),
                        after.fiscalYear(), after.heldOn(), after.status().name(), after.carriedOver().size(),
                        after.graduated().size(), after.left().size(), after.proposed().size(), stored.version()}))
                .replaceWithVoid();
    }
}
