package th.poverty.household;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import th.poverty.area.AreaPath;
import th.poverty.web.ProblemException;

/**
 * Finds households in the read model: by area at any level, status and group, a cursor page at
 * a time, in area order (province, district, tambon, village, then household id), which one
 * index serves at every level. A finder on the query side, so Hibernate Reactive's (ADR 3).
 */
@ApplicationScoped
public class HouseholdSearch {

    private static final String[] AREA_FIELDS = {"provinceCode", "districtCode", "tambonCode", "villageCode"};
    private static final Sort AREA_ORDER = Sort.by("provinceCode", "districtCode", "tambonCode", "villageCode", "householdId");

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
     * every level above the area: a tambon's district is not always its code's prefix.
     */
    public Uni<List<Summary>> find(AreaPath area, HouseholdStatus status, HouseholdGroup group, Cursor after,
                                   int limit) {
        Map<String, Object> parameters = new HashMap<>(Map.of("province", after.province(), "district", after.district(),
                "tambon", after.tambon(), "village", after.village(), "household", after.householdId()));
        StringBuilder where = new StringBuilder(
                "(provinceCode, districtCode, tambonCode, villageCode, householdId) > (:province, :district, :tambon, :village, :household)");
        List<String> codes = area == null ? List.of() : area.codes();
        for (int level = 0; level < codes.size(); level++) {
            where.append(" and ").append(AREA_FIELDS[level]).append(" = :level").append(level);
            parameters.put("level" + level, codes.get(level));
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status.name());
        }
        if (group != null) {
            where.append(" and careGroup = :group");
            parameters.put("group", group.name());
        }
        return Panache.withSession(() -> ListedHousehold.<ListedHousehold>find(where.toString(), AREA_ORDER, parameters)
                        .range(0, limit - 1).list())
                .map(rows -> rows.stream().map(ListedHousehold::summary).toList());
    }
}
