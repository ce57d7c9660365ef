package th.poverty.team.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaColumn;
import th.poverty.area.AreaPath;
import th.poverty.domain.Thailand;

/**
 * Continuity of care (seed 000: the problem Smile Teams exist to solve): when each household a
 * carer cares for is next due a visit, and who is late. A household is due by the date its carer
 * set at the last visit, or within {@value #FIRST_VISIT_DAYS} days of being taken on.
 */
@ApplicationScoped
public class CareRounds {

    static final int FIRST_VISIT_DAYS = 30;
    private static final String DUE = "coalesce(a.next_visit_due, a.assigned_on + " + FIRST_VISIT_DAYS + ")";

    private final Pool pool;
    private final Clock clock;

    public CareRounds(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** A household in a carer's round. */
    public record Round(String householdId, String carerId, String carerName, String villageCode, LocalDate since,
                        LocalDate lastVisitedOn, LocalDate dueOn, boolean overdue) {
    }

    /** A carer and their round: the households they care for now, the first due first. */
    public record CarerRound(String carerId, String name, List<Round> households) {
    }

    /** One carer's load in a caseload: households cared for, due within the week, overdue. */
    public record Load(String teamId, String teamName, String carerId, String carerName, int households, int dueThisWeek,
                       int overdue) {
    }

    /** The carer the person signed in as {@code account} is, with their round. */
    public Uni<Optional<CarerRound>> ofAccount(String account) {
        return pool.preparedQuery("select carer_id, name from carers where account = $1").execute(Tuple.of(account))
                .flatMap(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().item(Optional.<CarerRound>empty());
                    }
                    Row carer = rows.iterator().next();
                    return rounds("c.carer_id = $1", carer.getString(0), null)
                            .map(round -> Optional.of(new CarerRound(carer.getString(0), carer.getString(1), round)));
                });
    }

    /**
     * The households of an area (optionally one carer's) due a visit within {@code days}, the most
     * overdue first. {@code $1} the area, {@code $2} today, then the horizon and the carer.
     */
    public Uni<List<Round>> due(AreaPath area, String carerId, int days) {
        LocalDate horizon = Thailand.today(clock).plusDays(days);
        return rounds("h.%s = $1 and %s <= $3 and ($4::text is null or c.carer_id = $4)"
                .formatted(AreaColumn.of(area.level()), DUE), area.code(), Arrays.asList(horizon, carerId));
    }

    private Uni<List<Round>> rounds(String where, String first, List<Object> more) {
        LocalDate today = Thailand.today(clock);
        List<Object> parameters = new ArrayList<>(List.of(first, today));
        if (more != null) {
            parameters.addAll(more);
        }
        return pool.preparedQuery("""
                        select a.household_id, c.carer_id, c.name, h.village_code, a.assigned_on, a.last_visited_on,
                               %s as due, %s < $2 as overdue
                        from care_assignments a
                        join carers c on c.carer_id = a.carer_id
                        join care_households h on h.household_id = a.household_id
                        where a.released_on is null and %s
                        order by due, a.household_id
                        limit 500""".formatted(DUE, DUE, where))
                .execute(Tuple.from(parameters))
                .map(rows -> {
                    List<Round> round = new ArrayList<>();
                    rows.forEach(r -> round.add(new Round(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                            r.getLocalDate(4), r.getLocalDate(5), r.getLocalDate(6), r.getBoolean(7))));
                    return round;
                });
    }

    /** Every carer of an area with their load, team by team (carers outside a team last): a district specialist's view. */
    public Uni<List<Load>> caseload(AreaPath area) {
        LocalDate today = Thailand.today(clock);
        return pool.preparedQuery("""
                        select c.team_id, t.name, c.carer_id, c.name, count(a.household_id),
                               count(a.household_id) filter (where %s <= $3), count(a.household_id) filter (where %s < $2)
                        from carers c
                        left join teams t on t.team_id = c.team_id
                        left join care_assignments a on a.carer_id = c.carer_id and a.released_on is null
                        where c.%s = $1
                        group by c.team_id, t.name, c.carer_id, c.name
                        order by t.name nulls last, c.name, c.carer_id""".formatted(DUE, DUE, AreaColumn.of(area.level())))
                .execute(Tuple.of(area.code(), today, today.plusDays(7)))
                .map(rows -> {
                    List<Load> loads = new ArrayList<>();
                    rows.forEach(r -> loads.add(new Load(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                            r.getInteger(4), r.getInteger(5), r.getInteger(6))));
                    return loads;
                });
    }
}
