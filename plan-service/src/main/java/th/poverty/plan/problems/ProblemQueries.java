package th.poverty.plan.problems;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaColumn;
import th.poverty.area.AreaPath;
import th.poverty.domain.Dimension;
import th.poverty.domain.Label;
import th.poverty.domain.WelfareNeed;
import th.poverty.plan.compass.AssistanceKind;

/** Reads of the problems read model: worklists, one problem with what answers it, an agency's feed. */
@ApplicationScoped
public class ProblemQueries {

    private static final String COLUMNS = """
            problem_id, household_id, village_code, dimension, origin, description_code, welfare_need, status, agency,
            identified_on, due_on, helped_thb, version""";

    private final Pool pool;

    public ProblemQueries(Pool pool) {
        this.pool = pool;
    }

    /** A problem where it stands. {@code overdue}: still open past its due date. */
    public record ProblemView(String problemId, String householdId, String villageCode, Label dimension, Label origin,
                              String descriptionCode, Label welfareNeed, Label status, String agency,
                              LocalDate identifiedOn, LocalDate dueOn, boolean overdue, BigDecimal helpedThb,
                              long version) {
    }

    /** What a worklist keeps: null for a filter not given. {@code area} null: wherever the agency's work lies. */
    public record Filter(String agency, AreaPath area, ProblemStatus status, Dimension dimension, LocalDate dueBy,
                         boolean overdueOnly, String householdId) {
    }

    public record ActivityLink(String planId, String activityId) {
    }

    public record Help(String agency, Label kind, BigDecimal amountThb, LocalDate helpedOn, String description,
                       String recordedBy, String recordedByRole) {
    }

    /** One change in an agency's feed: {@code withAgency} false when the change took the problem away from it. */
    public record FeedEntry(long seq, String problemId, String eventType, Label status, boolean withAgency,
                            OffsetDateTime occurredAt) {
    }

    /** The problems a filter keeps, in id order after {@code after}; {@code limit} rows at most. */
    public Uni<List<ProblemView>> find(Filter filter, String after, int limit, LocalDate today) {
        String area = filter.area() == null || filter.area().code().isEmpty() ? "true"
                : AreaColumn.of(filter.area().level()) + " = $2";
        return pool.preparedQuery("select " + COLUMNS + " from problems where " + area + """
                         and ($1::text is null or agency = $1)
                         and ($3::text is null or status = $3)
                         and ($4::text is null or dimension = $4)
                         and ($5::date is null or due_on <= $5)
                         and (not $6 or (status = any($11) and due_on < $7))
                         and ($8::text is null or household_id = $8)
                         and problem_id > $9
                        order by problem_id
                        limit $10""")
                .execute(Tuple.from(Arrays.asList(filter.agency(), filter.area() == null ? "" : filter.area().code(),
                        filter.status() == null ? null : filter.status().name(),
                        filter.dimension() == null ? null : filter.dimension().name(), filter.dueBy(), filter.overdueOnly(),
                        today, filter.householdId(), after == null ? "" : after, limit, ProblemStatus.openNames())))
                .map(rows -> {
                    List<ProblemView> found = new ArrayList<>();
                    rows.forEach(r -> found.add(view(r, today)));
                    return found;
                });
    }

    public Uni<ProblemView> one(SqlClient client, String problemId, LocalDate today) {
        return client.preparedQuery("select " + COLUMNS + " from problems where problem_id = $1").execute(Tuple.of(problemId))
                .map(rows -> view(rows.iterator().next(), today));
    }

    public Uni<List<ActivityLink>> activities(String problemId) {
        return pool.preparedQuery("select plan_id, activity_id from problem_activities where problem_id = $1 "
                        + "order by plan_id, activity_id")
                .execute(Tuple.of(problemId))
                .map(rows -> {
                    List<ActivityLink> links = new ArrayList<>();
                    rows.forEach(r -> links.add(new ActivityLink(r.getString(0), r.getString(1))));
                    return links;
                });
    }

    public Uni<List<Help>> help(String problemId) {
        return pool.preparedQuery("""
                        select agency, kind, amount_thb, helped_on, description, actor, actor_role
                        from problem_help where problem_id = $1 order by helped_on, stream_version""")
                .execute(Tuple.of(problemId))
                .map(rows -> {
                    List<Help> help = new ArrayList<>();
                    rows.forEach(r -> help.add(new Help(r.getString(0), AssistanceKind.valueOf(r.getString(1)).label(),
                            r.getBigDecimal(2), r.getLocalDate(3), r.getString(4), r.getString(5), r.getString(6))));
                    return help;
                });
    }

    /** The agency's changes after {@code after}, oldest first. */
    public Uni<List<FeedEntry>> feed(String agency, long after, int limit) {
        return pool.preparedQuery("""
                        select seq, problem_id, event_type, status, with_agency, occurred_at
                        from agency_feed where agency = $1 and seq > $2 order by seq limit $3""")
                .execute(Tuple.of(agency, after, limit))
                .map(rows -> {
                    List<FeedEntry> entries = new ArrayList<>();
                    rows.forEach(r -> entries.add(new FeedEntry(r.getLong(0), r.getString(1), r.getString(2),
                            ProblemStatus.valueOf(r.getString(3)).label(), r.getBoolean(4), r.getOffsetDateTime(5))));
                    return entries;
                });
    }

    private static ProblemView view(Row r, LocalDate today) {
        ProblemStatus status = ProblemStatus.valueOf(r.getString(7));
        LocalDate due = r.getLocalDate(10);
        String need = r.getString(6);
        return new ProblemView(r.getString(0), r.getString(1), r.getString(2), Dimension.valueOf(r.getString(3)).label(),
                ProblemOrigin.valueOf(r.getString(4)).label(), r.getString(5),
                need == null ? null : WelfareNeed.valueOf(need).label(), status.label(), r.getString(8),
                r.getLocalDate(9), due, status.overdue(due, today), r.getBigDecimal(11),
                r.getLong(12));
    }
}
