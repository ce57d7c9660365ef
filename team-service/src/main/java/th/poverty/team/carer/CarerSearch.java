package th.poverty.team.carer;

import java.time.Clock;
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
import th.poverty.domain.Thailand;
import th.poverty.team.cap.CarerCap;
import th.poverty.team.team.MemberRole;

/** Carers and their load, from the read model. */
@ApplicationScoped
public class CarerSearch {

    /** {@code $1} is today: a carer's room is under its province's cap in force ({@code carer_cap}). */
    private static final String COLUMNS = """
            select carer_id, name, role, province_code, district_code, tambon_code, village_code, team_id,
                   active_households, version, carer_cap(province_code, $1::date) as cap
            from carers
            """;

    private final Pool pool;
    private final Clock clock;

    public CarerSearch(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** A carer with how many households they care for and how many more they may take under their province's cap. */
    public record Load(String carerId, String name, Label role, String provinceCode, String districtCode,
                       String tambonCode, String villageCode, String teamId, int caredFor, int cap, int freePlaces,
                       long version) {

        public AreaPath area() {
            return new AreaPath(provinceCode, districtCode, tambonCode, villageCode);
        }
    }

    /** Carers within the area in carer-id order after {@code after}; {@code withRoom} keeps those with (or without) room. */
    public Uni<List<Load>> find(AreaPath area, Boolean withRoom, String after, int limit) {
        return pool.preparedQuery(COLUMNS + """
                        where %s = $2 and ($3::boolean is null or (active_households < carer_cap(province_code, $1)) = $3)
                          and carer_id > $4
                        order by carer_id
                        limit $5""".formatted(AreaColumn.of(area.level())))
                .execute(Tuple.from(Arrays.asList(Thailand.today(clock), area.code(), withRoom, after == null ? "" : after,
                        limit)))
                .map(CarerSearch::loads);
    }

    /** Carers with room who live or work in one of these tambons, for matching households to them. */
    public Uni<List<Load>> withRoomIn(List<String> tambonCodes) {
        return pool.preparedQuery(COLUMNS + """
                        where tambon_code = any($2) and active_households < carer_cap(province_code, $1) order by carer_id""")
                .execute(Tuple.of(Thailand.today(clock), tambonCodes.toArray(String[]::new)))
                .map(CarerSearch::loads);
    }

    private static List<Load> loads(RowSet<Row> rows) {
        List<Load> loads = new ArrayList<>();
        rows.forEach(r -> {
            int caredFor = r.getInteger(8);
            int cap = r.getInteger(10);
            loads.add(new Load(r.getString(0), r.getString(1), MemberRole.valueOf(r.getString(2)).label(), r.getString(3),
                    r.getString(4), r.getString(5), r.getString(6), r.getString(7), caredFor, cap,
                    CarerCap.freePlaces(caredFor, cap), r.getLong(9)));
        });
        return loads;
    }
}
