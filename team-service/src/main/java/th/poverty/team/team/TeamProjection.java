package th.poverty.team.team;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.eventstore.Projection;
import th.poverty.eventstore.StoredEvent;
import th.poverty.team.team.TeamEvent.TeamFormed;
import th.poverty.team.team.TeamEvent.TeamMemberJoined;
import th.poverty.team.team.TeamEvent.TeamMemberLeft;

/** Keeps {@code teams} and {@code team_members} in step with the team streams, in the appending transaction. */
@ApplicationScoped
public class TeamProjection implements Projection<Team, TeamEvent> {

    private final Areas areas;

    public TeamProjection(Areas areas) {
        this.areas = areas;
    }

    @Override
    public Uni<Void> apply(SqlConnection tx, Team after, TeamEvent event, StoredEvent stored) {
        return switch (event) {
            case TeamFormed e -> tx.preparedQuery("""
                            insert into teams (team_id, kind, name, province_code, district_code, tambon_code, formed_on, version)
                            values ($1, $2, $3, $4, $5, $6, $7, $8)""")
                    .execute(Tuple.from(Arrays.asList(e.teamId(), e.kind().name(), e.name(), e.provinceCode(),
                            e.districtCode(), e.tambonCode(), e.formedOn(), stored.version())))
                    .replaceWithVoid();
            case TeamMemberJoined e -> joined(tx, e)
                    .call(() -> moved(tx, after, stored));
            case TeamMemberLeft e -> tx.preparedQuery("update team_members set left_on = $3 where team_id = $1 and member_id = $2")
                    .execute(Tuple.of(e.teamId(), e.memberId(), e.leftOn()))
                    .call(() -> moved(tx, after, stored))
                    .replaceWithVoid();
        };
    }

    private Uni<Void> joined(SqlConnection tx, TeamMemberJoined e) {
        AreaPath village = e.villageCode() == null ? null : areas.pathOf(e.villageCode()).orElse(null);
        return tx.preparedQuery("""
                        insert into team_members (team_id, member_id, name, role, province_code, district_code, tambon_code,
                                                  village_code, joined_on)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9)""")
                .execute(Tuple.from(Arrays.asList(e.teamId(), e.memberId(), e.name(), e.role().name(),
                        village == null ? null : village.province(), village == null ? null : village.district(),
                        village == null ? null : village.tambon(), e.villageCode(), e.joinedOn())))
                .replaceWithVoid();
    }

    private Uni<Void> moved(SqlConnection tx, Team after, StoredEvent stored) {
        int active = (int) after.members().stream().filter(Member::active).count();
        return tx.preparedQuery("""
                        update teams set active_members = $3, version = $2, updated_at = now()
                        where team_id = $1""")
                .execute(Tuple.of(stored.streamId(), stored.version(), active))
                .replaceWithVoid();
    }
}
