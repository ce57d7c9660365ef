package th.poverty.reporting.monthly;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.FiscalYear;
import th.poverty.area.ThaiDates;
import th.poverty.domain.Thailand;
import th.poverty.eventstore.AggregateStore;
import th.poverty.eventstore.EventCodec;
import th.poverty.eventstore.EventStore;
import th.poverty.eventstore.StoredEvent;
import th.poverty.reporting.monthly.MonthlyReportEvent.MonthlyReportClosed;
import th.poverty.reporting.monthly.MonthlyReportView.Closure;
import th.poverty.reporting.monthly.MonthlyReportView.Status;
import th.poverty.reporting.progress.AreaCounts;
import th.poverty.reporting.progress.Figures;
import th.poverty.reporting.rollup.ReportArea;
import th.poverty.web.Caller;

/**
 * The monthly report use cases: read a month's report (live while open, frozen once closed, with
 * the difference either way) and close it, appending MonthlyReportClosed to reporting's own
 * event store (relayed to reporting.monthly-reports) and freezing it in the same transaction.
 */
@ApplicationScoped
public class MonthlyReports {

    public static final String STREAM_TYPE = "monthly-report";
    private static final ObjectMapper JSON = EventCodec.defaultMapper();

    private final AggregateStore<MonthlyReport, MonthlyReportEvent> store;
    private final AreaCounts counts;
    private final Pool pool;
    private final Clock clock;

    public MonthlyReports(EventStore eventStore, AreaCounts counts, Pool pool, Clock clock) {
        this.clock = clock;
        this.store = new AggregateStore<>(eventStore, MonthlyReportEvent.class, STREAM_TYPE, MonthlyReport::apply,
                (tx, report, event, stored) -> switch (event) {
                    case MonthlyReportClosed closed -> freeze(tx, closed, stored);
                });
        this.counts = counts;
        this.pool = pool;
    }

    public Uni<MonthlyReportView> view(ReportArea area, ReportingMonth month) {
        ReportingMonth previous = month.previous();
        LocalDate today = Thailand.today(clock);
        LocalDate taken = month.cutOff().isAfter(today) ? today : month.cutOff();
        return Uni.combine().all().unis(closed(pool, area.code(), month), closed(pool, area.code(), previous),
                        counts.asOf(area.code(), taken), counts.asOf(area.code(), previous.cutOff()))
                .with((thisClosed, previousClosed, liveNow, livePrevious) -> {
                    Figures live = Figures.of(liveNow);
                    Figures previousLive = Figures.of(livePrevious);
                    Figures previousReport = previousClosed == null ? previousLive : previousClosed.figures();
                    Figures figures = thisClosed == null ? live : thisClosed.figures();
                    return new MonthlyReportView(area, month.year(), month.month(), month.labelTh(), month.firstDay(),
                            month.cutOff(), ThaiDates.date(month.cutOff()),
                            thisClosed == null ? Status.OPEN : Status.CLOSED,
                            thisClosed == null ? null : thisClosed.closure(),
                            figures,
                            thisClosed == null ? figures.minus(previousReport) : thisClosed.change(),
                            previousClosed == null ? null : previousLive.minus(previousClosed.figures()),
                            thisClosed == null ? null : live.minus(thisClosed.figures()));
                });
    }

    /** Closes the report as the caller, with the figures at the cut-off; refused if closed or too early. */
    public Uni<MonthlyReportView> close(ReportArea area, ReportingMonth month, Caller caller, String reason) {
        LocalDate today = Thailand.today(clock);
        var metadata = caller.metadata(reason, area.code());
        String streamId = MonthlyReport.streamId(area.code(), month);
        return Uni.combine().all().unis(counts.asOf(area.code(), month.cutOff()), closed(pool, area.code(), month.previous()),
                        counts.asOf(area.code(), month.previous().cutOff()))
                .asTuple()
                .chain(numbers -> pool.withTransaction(tx -> store.load(tx, streamId).chain(existing -> {
                    Figures figures = Figures.of(numbers.getItem1());
                    ClosedReport previous = numbers.getItem2();
                    Figures previousReport = previous == null ? Figures.of(numbers.getItem3()) : previous.figures();
                    var command = new MonthlyReport.Close(area.code(), area.level(), month, figures,
                            figures.minus(previousReport), previous != null);
                    var events = MonthlyReport.close(existing.map(v -> v.aggregate()).orElse(null), command, today)
                            .eventsOrThrow();
                    return store.append(tx, streamId, existing.orElse(null), events, report -> metadata);
                })))
                .chain(() -> view(area, month));
    }

    /** The months of a fiscal year (October to September) with whether each report is closed. */
    public Uni<List<MonthlyReportView>> ofFiscalYear(ReportArea area, int fiscalYear) {
        LocalDate start = FiscalYear.start(fiscalYear);
        return pool.preparedQuery("""
                        select year, month, closed_by, closed_role, closed_at, reason, figures::text, change::text
                        from monthly_reports where area_code = $1 and (year * 100 + month) between $2 and $3""")
                .execute(Tuple.of(area.code(), key(ReportingMonth.containing(start)),
                        key(ReportingMonth.containing(FiscalYear.end(fiscalYear)))))
                .map(rows -> {
                    Map<Integer, ClosedReport> closed = new HashMap<>();
                    rows.forEach(row -> closed.put(row.getInteger(0) * 100 + row.getInteger(1), closedReport(row, 2)));
                    List<MonthlyReportView> months = new ArrayList<>();
                    for (int i = 0; i < 12; i++) {
                        ReportingMonth month = ReportingMonth.containing(start.plusMonths(i));
                        ClosedReport report = closed.get(key(month));
                        months.add(new MonthlyReportView(area, month.year(), month.month(), month.labelTh(),
                                month.firstDay(), month.cutOff(), ThaiDates.date(month.cutOff()),
                                report == null ? Status.OPEN : Status.CLOSED, report == null ? null : report.closure(),
                                report == null ? null : report.figures(), report == null ? null : report.change(),
                                null, null));
                    }
                    return months;
                });
    }

    private static int key(ReportingMonth month) {
        return month.year() * 100 + month.month();
    }

    private Uni<Void> freeze(SqlConnection tx, MonthlyReportClosed closed, StoredEvent stored) {
        return tx.preparedQuery("""
                        insert into monthly_reports (area_code, year, month, level, closed_by, closed_role, closed_at, reason,
                                                     figures, change)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10::text::jsonb)""")
                .execute(Tuple.from(java.util.Arrays.asList(closed.areaCode(), closed.year(), closed.month(), closed.level(),
                        stored.metadata().actor(), stored.metadata().actorRole(),
                        stored.metadata().occurredAt().atOffset(ZoneOffset.UTC), stored.metadata().reason(),
                        json(closed.figures()), json(closed.changeSincePreviousReport()))))
                .replaceWithVoid();
    }

    private static Uni<ClosedReport> closed(Pool pool, String areaCode, ReportingMonth month) {
        return pool.preparedQuery("""
                        select closed_by, closed_role, closed_at, reason, figures::text, change::text
                        from monthly_reports where area_code = $1 and year = $2 and month = $3""")
                .execute(Tuple.of(areaCode, month.year(), month.month()))
                .map(rows -> rows.size() == 0 ? null : closedReport(rows.iterator().next(), 0));
    }

    private static ClosedReport closedReport(Row row, int from) {
        var closedAt = row.getOffsetDateTime(from + 2).toInstant();
        return new ClosedReport(new Closure(row.getString(from), row.getString(from + 1), closedAt,
                ThaiDates.dateTime(closedAt), row.getString(from + 3)),
                figures(row.getString(from + 4)), figures(row.getString(from + 5)));
    }

    private static String json(Figures figures) {
        try {
            return JSON.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Figures figures(String json) {
        try {
            return JSON.readValue(json, Figures.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable frozen figures", e);
        }
    }
}
