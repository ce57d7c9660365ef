package th.poverty.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaColumn;
import th.poverty.area.AreaPath;

/**
 * The graduates whose next follow-up (6, then 12 months after they left poverty) falls due by a
 * day, earliest first: the carers' list of incomes to measure again.
 */
@ApplicationScoped
public class FollowUpsDue {

    private final Pool pool;

    public FollowUpsDue(Pool pool) {
        this.pool = pool;
    }

    /** A graduate and the follow-up it is due for. */
    public record Due(String householdId, String villageCode, LocalDate graduatedOn, int monthsAfter, LocalDate dueOn) {
    }

    /** Within the area (null: the whole country), due on or before {@code by}, at most {@code limit}. */
    public Uni<List<Due>> by(AreaPath area, LocalDate by, int limit) {
        String where = area == null ? "$1::text is null" : AreaColumn.of(area.level()) + " = $1";
        return pool.preparedQuery("""
                        select household_id, village_code, graduated_on, months, due_on from (
                            select household_id, village_code, graduated_on, %1$d * (follow_ups + 1) as months,
                                   (graduated_on + make_interval(months => %1$d * (follow_ups + 1)))::date as due_on
                            from households
                            where status = 'GRADUATED' and follow_ups < %2$d and %3$s) graduates
                        where due_on <= $2
                        order by due_on, household_id limit $3""".formatted(Household.FOLLOW_UP_MONTHS,
                        Household.FOLLOW_UPS, where))
                .execute(Tuple.of(area == null ? null : area.code(), by, limit))
                .map(rows -> {
                    List<Due> due = new ArrayList<>();
                    for (Row row : rows) {
                        due.add(new Due(row.getString(0), row.getString(1), row.getLocalDate(2), row.getInteger(3),
                                row.getLocalDate(4)));
                    }
                    return due;
                });
    }
}
