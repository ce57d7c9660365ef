package th.poverty.team.villages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaColumn;
import th.poverty.area.AreaPath;
import th.poverty.domain.Versioned;

/** The registered villages of an area, from the read model. */
@ApplicationScoped
public class VillageRegistry {

    private static final String COLUMNS = """
            village_code, province_code, district_code, tambon_code, moo, name_th, name_en, retirement, merged_into,
            retired_on, version""";

    private final Pool pool;

    public VillageRegistry(Pool pool) {
        this.pool = pool;
    }

    /** The area's villages in code order after {@code after}; {@code status} null for both. */
    public Uni<List<Versioned<Village>>> find(AreaPath area, VillageStatus status, String after, int limit) {
        return pool.preparedQuery("""
                        select %s from villages
                        where %s = $1 and ($2::text is null or status = $2) and village_code > $3
                        order by village_code
                        limit $4""".formatted(COLUMNS, AreaColumn.of(area.level())))
                .execute(Tuple.from(Arrays.asList(area.code(), status == null ? null : status.name(),
                        after == null ? "" : after, limit)))
                .map(rows -> {
                    List<Versioned<Village>> villages = new ArrayList<>();
                    rows.forEach(row -> villages.add(new Versioned<>(village(row), row.getLong(10))));
                    return villages;
                });
    }

    /**
     * Every village registered in the area, retired ones too, by code: coverage counts the active
     * ones whether or not households live there, and names the retired ones where households remain.
     */
    public Uni<Map<String, Village>> inArea(AreaPath area) {
        return pool.preparedQuery("select %s from villages where %s = $1 order by village_code"
                        .formatted(COLUMNS, AreaColumn.of(area.level())))
                .execute(Tuple.of(area.code()))
                .map(rows -> {
                    Map<String, Village> villages = new LinkedHashMap<>();
                    rows.forEach(row -> villages.put(row.getString(0), village(row)));
                    return villages;
                });
    }

    /** The province's active villages that {@code listed} leaves out, for the uploader to check with the districts. */
    static Uni<List<String>> activeOutside(SqlClient client, String provinceCode, List<String> listed) {
        return client.preparedQuery("""
                        select village_code from villages
                        where province_code = $1 and status = 'ACTIVE' and not (village_code = any($2))
                        order by village_code""")
                .execute(Tuple.of(provinceCode, listed.toArray(String[]::new)))
                .map(rows -> {
                    List<String> codes = new ArrayList<>();
                    rows.forEach(row -> codes.add(row.getString(0)));
                    return codes;
                });
    }

    private static Village village(Row row) {
        String retirement = row.getString(7);
        return new Village(row.getString(0), new AreaPath(row.getString(1), row.getString(2), row.getString(3),
                row.getString(0)), row.getInteger(4), row.getString(5), row.getString(6),
                retirement == null ? null : Retirement.valueOf(retirement), row.getString(8), row.getLocalDate(9));
    }
}
