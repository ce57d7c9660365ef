package th.poverty.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaPath;
import th.poverty.web.ProblemException;

/**
 * Finds households in the read model: by area at any level, status and group, a cursor page at
 * a time, in area order (province, district, tambon, village, then household id), which one
 * index serves at every level.
 */
@ApplicationScoped
public class HouseholdSearch {

    private static final String[] AREA_COLUMNS = {"province_code", "district_code", "tambon_code", "village_code"};

    private final Pool pool;

    public HouseholdSearch(Pool pool) {
        this.pool = pool;
    }

    public record Summary(String householdId, String status, String group, String source, String provinceCode,
                          String districtCode, String tambonCode, String villageCode, LocalDate identifiedOn,
                          long version) {

        /** Where the next page starts: this household's place in area order. */
        @JsonIgnore
        public String cursor() {
            return String.join(Cursor.SEPARATOR, provinceCode, districtCode, tambonCode, villageCode, householdId);
        }
    }

    /** A place in area order, as a page's {@code next} gives it. */
    public record Cursor(String province, String district, String tambon, String village, String householdId) {

        static final String SEPARATOR = "~";
        private static final Cursor START = new Cursor("", "", "", "", "");

        /** The cursor a client passed back; null or blank starts from the beginning. */
        public static Cursor parse(String after) {
            if (after == null || after.isBlank()) {
                return START;
            }
            String[] parts = after.split(SEPARATOR, -1);
            if (parts.length != 5 || Arrays.stream(parts).anyMatch(String::isEmpty)) {
                throw ProblemException.badRequest("after", "after must be the next value of a page of this list");
            }
            return new Cursor(parts[0], parts[1], parts[2], parts[3], parts[4]);
        }
    }

    /**
     * Households within the area (null: the whole country) after {@code after}. The path names
     * every level above the area, so that the index on the four columns serves the search.
     */
    public Uni<List<Summary>> find(AreaPath area, HouseholdStatus status, HouseholdGroup group, Cursor after,
                                   int limit) {
        List<Object> parameters = new ArrayList<>(List.of(after.province(), after.district(), after.tambon(),
                after.village(), after.householdId()));
        StringBuilder where = new StringBuilder(
                "(province_code, district_code, tambon_code, village_code, household_id) > ($1, $2, $3, $4, $5)");
        List<String> codes = area == null ? List.of() : area.codes();
        for (int level = 0; level < codes.size(); level++) {
            parameters.add(codes.get(level));
            where.append(" and ").append(AREA_COLUMNS[level]).append(" = $").append(parameters.size());
        }
        if (status != null) {
            parameters.add(status.name());
            where.append(" and status = $").append(parameters.size());
        }
        if (group != null) {
            parameters.add(group.name());
            where.append(" and care_group = $").append(parameters.size());
        }
        parameters.add(limit);
        return pool.preparedQuery("""
                        select household_id, status, care_group, source, province_code, district_code, tambon_code,
                               village_code, identified_on, version
                        from households
                        where %s
                        order by province_code, district_code, tambon_code, village_code, household_id
                        limit $%d""".formatted(where, parameters.size()))
                .execute(Tuple.from(parameters))
                .map(rows -> {
                    List<Summary> page = new ArrayList<>();
                    rows.forEach(r -> page.add(new Summary(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                            r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getLocalDate(8),
                            r.getLong(9))));
                    return page;
                });
    }
}
