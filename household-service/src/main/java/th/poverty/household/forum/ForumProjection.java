package th.poverty.household.forum;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.eventstore.Projection;
import th.poverty.eventstore.StoredEvent;
import th.poverty.household.forum.ForumEvent.ForumHeld;

/** Keeps {@code forums}, the list a district reads to see which villages sat, in the appending transaction. */
@ApplicationScoped
public class ForumProjection implements Projection<Forum, ForumEvent> {

    @Override
    public Uni<Void> apply(SqlConnection tx, Forum after, ForumEvent event, StoredEvent stored) {
        return switch (event) {
            case ForumHeld e -> tx.preparedQuery("""
                            insert into forums (forum_id, province_code, district_code, tambon_code, village_code, held_on,
                                                attendance, confirmed, dismissed, nominated)
                            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)""")
                    .execute(Tuple.from(new Object[] {e.forumId(), e.provinceCode(), e.districtCode(), e.tambonCode(),
                            e.villageCode(), e.heldOn(), e.attendance(), e.confirmed().size(), e.dismissed().size(),
                            e.nominated().size()}))
                    .replaceWithVoid();
        };
    }
}
