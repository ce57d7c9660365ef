package th.poverty.team.carer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaColumn;
import th.poverty.area.AreaPath;
import th.poverty.domain.Label;
import th.poverty.team.team.MemberRole;

/** Carers and their load, from the read model. */
@ApplicationScoped
public class CarerSearch {

    private static final String COLUMNS = """
            select carer_id, name, role, province_code, district_code, tambon_code, village_code, team_id,
                   active_households, version
            from carers
            """;

    private final Pool pool;

    public CarerSearch(Pool pool) {
        this.pool = pool;
    }

    /** A carer with how many households they care for and how many more they may take. */
    public record Load(String carerId, String name, Label role, String provinceCode, String districtCode,
                       String tambonCode, String villageCode, String teamId, int caredFor, int freePlaces, long version) {

        public AreaPath area() {
            return new AreaPath(provinceCode, districtCode, tambonCode, villageCode);
        }
    }

    /** Carers within the area in carer-id order after {@code after}; {@code withRoom} keeps those with (or without) room. */
    public Uni<List<Load>> find(AreaPath area, Boolean withRoom, String after, int limit) {
        return pool.preparedQuery(COLUMNS + """
                        where %s = $1 and ($2::boolean is null or (active_households < $3) = $2) and carer_id > $4
                        order by carer_id
                        limit $5""".formatted(AreaColumn.of(area.level())))
                .execute(Tuple.from(Arrays.asList(area.code(), withRoom, CarerCapacity.HOUSEHOLDS, after == null ? "" : after,
                        limit)))
                .map(CarerSearch::loads);
    }

    /** Carers with room who live or work in one of these tambons, for matching households to them. */
    public Uni<List<Load>> withRoomIn(List<String> tambonCodes) {
        return pool.preparedQuery(COLUMNS + "where tambon_code = any($1) and active_households < $2 order by carer_id")
                .execute(Tuple.of(tambonCodes.toArray(String[]::new), CarerCapacity.HOUSEHOLDS))
                .map(CarerSearch::loads);
    }

    private static List<Load> loads(RowSet<Row> rows) {
        List<Load> loads = new ArrayList<>();
        rows.forEach(r -> {
            int caredFor = r.getInteger(8);
            loads.add(new Load(r.getString(0), r.getString(1), MemberRole.valueOf(r.getString(2)).label(), r.getString(3),
                    r.getString(4), r.getString(5), r.getString(6), r.getString(7), caredFor,
                    CarerCapacity.freePlaces(caredFor), r.getLong(9)));
        });
        return loads;
    }
}
