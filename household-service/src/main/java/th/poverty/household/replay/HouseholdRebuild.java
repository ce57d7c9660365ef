package th.poverty.household.replay;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.eventstore.ProjectionReplay;
import th.poverty.eventstore.ProjectionReplay.Rebuilt;
import th.poverty.household.Households;
import th.poverty.household.forum.Forums;
import th.poverty.household.review.YearReviews;

/**
 * Rebuilds the {@code households}, {@code forums} and {@code year_reviews} read models from the event store alone, in one transaction:
 * empties it and replays every household event in log order, so households are identified,
 * closed and identified again in the order they were and the open-household indexes hold
 * throughout. Commands wait meanwhile. The replay keeps each household's folded state until it
 * ends, some hundreds of bytes a household. Personal data is not a projection and stays.
 */
@ApplicationScoped
public class HouseholdRebuild {

    private final ProjectionReplay replay;
    private final Households households;
    private final Forums forums;
    private final YearReviews reviews;
    private final Pool pool;

    public HouseholdRebuild(ProjectionReplay replay, Households households, Forums forums, YearReviews reviews,
                            Pool pool) {
        this.replay = replay;
        this.households = households;
        this.forums = forums;
        this.reviews = reviews;
        this.pool = pool;
    }

    public Uni<Rebuilt> rebuild() {
        return pool.withTransaction(tx -> tx.query("lock table households, forums, year_reviews in exclusive mode").execute()
                .chain(() -> tx.query("delete from households").execute())
                .chain(() -> tx.query("delete from forums").execute())
                .chain(() -> tx.query("delete from year_reviews").execute())
                .chain(() -> replay.replay(tx, List.of(households.replaying(), forums.replaying(), reviews.replaying()))));
    }
}
