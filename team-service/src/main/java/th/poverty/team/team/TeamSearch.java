package th.poverty.team.team;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaColumn;
import th.poverty.area.AreaLevel;
import th.poverty.area.AreaPath;
import th.poverty.domain.Label;

/** Teams per area, from the read model, a cursor page at a time. */
@ApplicationScoped
public class TeamSearch {

    private final Pool pool;

    public TeamSearch(Pool pool) {
        this.pool = pool;
    }

    public record Summary(String teamId, Label kind, String name, String districtCode, String tambonCode,
                          LocalDate formedOn, int activeMembers, long version) {
    }

    /**
     * Teams working within the area, in team-id order after {@code after}. A village's teams are
     * its tambon's: teams work for a tambon or a district.
     */
    public Uni<List<Summary>> find(AreaPath area, TeamKind kind, String after, int limit) {
        AreaLevel level = area.level() == AreaLevel.VILLAGE ? AreaLevel.TAMBON : area.level();
        String code = area.level() == AreaLevel.VILLAGE ? area.tambon() : area.code();
        return pool.preparedQuery("""
                        select team_id, kind, name, district_code, tambon_code, formed_on, active_members, version
                        from teams
                        where %s = $1 and ($2::text is null or kind = $2) and team_id > $3
                        order by team_id
                        limit $4""".formatted(AreaColumn.of(level)))
                .execute(Tuple.from(Arrays.asList(code, kind == null ? null : kind.name(), after == null ? "" : after, limit)))
                .map(rows -> {
                    List<Summary> page = new ArrayList<>();
                    rows.forEach(r -> page.add(new Summary(r.getString(0), TeamKind.valueOf(r.getString(1)).label(), r.getString(2),
                            r.getString(3), r.getString(4), r.getLocalDate(5), r.getInteger(6), r.getLong(7))));
                    return page;
                });
    }
}
