package th.poverty.reporting.monthly;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
import th.poverty.reporting.monthly.MonthlyReportView.OfficeReport;
import th.poverty.reporting.progress.AreaCounts;
import th.poverty.reporting.progress.Counts;
import th.poverty.reporting.progress.Figures;
import th.poverty.reporting.projection.PendingAreaChanges;
import th.poverty.reporting.rollup.ReportArea;
import th.poverty.reporting.rollup.ReportAreas;
import th.poverty.web.Caller;

/**
 * The monthly report use cases: read a month's report (live while open, frozen once submitted,
 * with the difference either way, and the state of each office's report below) and submit
 * (close) it, appending MonthlyReportClosed to reporting's own event store (relayed to
 * reporting.monthly-reports) and freezing it in the same transaction.
 */
@ApplicationScoped
public class MonthlyReports {

    public static final String STREAM_TYPE = "monthly-report";
    private static final ObjectMapper JSON = EventCodec.defaultMapper();
    /** The areas whose report lists the offices reporting to them: the country's provinces, a province's districts. */
    private static final Set<String> WITH_OFFICES_BELOW = Set.of("COUNTRY", "PROVINCE");
    private static final String COLUMNS = "area_code, closed_by, closed_role, closed_at, reason, covered_through, deadline, "
            + "figures::text, change::text";

    private final AggregateStore<MonthlyReport, MonthlyReportEvent> store;
    private final AreaCounts counts;
    private final PendingAreaChanges pending;
    private final ReportAreas areas;
    private final Pool pool;
    private final Clock clock;

    public MonthlyReports(EventStore eventStore, AreaCounts counts, PendingAreaChanges pending, ReportAreas areas, Pool pool,
                          Clock clock) {
        this.clock = clock;
        this.store = new AggregateStore<>(eventStore, MonthlyReportEvent.class, STREAM_TYPE, MonthlyReport::apply,
                (tx, report, event, stored) -> switch (event) {
                    case MonthlyReportClosed closed -> freeze(tx, closed, stored);
                });
        store.codec().upcasting("MonthlyReportClosed", 1, MonthlyReports::coveredToTheCutOff);
        this.counts = counts;
        this.pending = pending;
        this.areas = areas;
        this.pool = pool;
    }

    public Uni<MonthlyReportView> view(ReportArea area, ReportingMonth month) {
        ReportingMonth previous = month.previous();
        Instant now = clock.instant();
        LocalDate taken = month.coveredThrough(Thailand.dateOf(now));
        return Uni.combine().all().unis(closed(area.code(), month), closed(area.code(), previous),
                        counts.asOf(area.code(), taken), counts.asOf(area.code(), previous.cutOff()),
                        offices(area, month, taken, now))
                .with((thisClosed, previousClosed, liveNow, livePrevious, offices) -> {
                    Figures live = Figures.of(liveNow);
                    Figures previousLive = Figures.of(livePrevious);
                    Figures previousReport = previousClosed == null ? previousLive : previousClosed.figures();
                    if (thisClosed == null) {
                        return asView(area, month, open(area, month, now), null, taken, live, live.minus(previousReport),
                                previousClosed == null ? null : previousLive.minus(previousClosed.figures()), null, offices);
                    }
                    return asView(area, month, thisClosed.state(now), thisClosed.closure(), thisClosed.coveredThrough(),
                            thisClosed.figures(), thisClosed.change(),
                            previousClosed == null ? null : previousLive.minus(previousClosed.figures()),
                            live.minus(thisClosed.figures()), offices);
                });
    }

    /**
     * Submits the report as the caller, with the figures at the end of the day it covers through:
     * today before the cut-off, else the cut-off. Refused if already submitted or too early.
     */
    public Uni<MonthlyReportView> close(ReportArea area, ReportingMonth month, Caller caller, String reason) {
        LocalDate today = Thailand.today(clock);
        var metadata = caller.metadata(reason, area.code());
        String streamId = MonthlyReport.streamId(area.code(), month);
        return pending.fold() // the figures frozen include a survey import's last changes
                .chain(() -> Uni.combine().all().unis(counts.asOf(area.code(), month.coveredThrough(today)),
                        closed(area.code(), month.previous()), counts.asOf(area.code(), month.previous().cutOff()))
                        .asTuple())
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

    /** The months of a fiscal year (October to September), each with its state and, once submitted, its figures. */
    public Uni<List<MonthlyReportView>> ofFiscalYear(ReportArea area, int fiscalYear) {
        LocalDate start = FiscalYear.start(fiscalYear);
        Instant now = clock.instant();
        return pool.preparedQuery("select year, month, " + COLUMNS
                        + " from monthly_reports where area_code = $1 and (year * 100 + month) between $2 and $3")
                .execute(Tuple.of(area.code(), key(ReportingMonth.containing(start)),
                        key(ReportingMonth.containing(FiscalYear.end(fiscalYear)))))
                .map(rows -> {
                    Map<Integer, ClosedReport> closed = new HashMap<>();
                    rows.forEach(row -> closed.put(row.getInteger(0) * 100 + row.getInteger(1), closedReport(row, 3)));
                    List<MonthlyReportView> months = new ArrayList<>();
                    for (int i = 0; i < 12; i++) {
                        ReportingMonth month = ReportingMonth.containing(start.plusMonths(i));
                        ClosedReport report = closed.get(key(month));
                        months.add(report == null
                                ? asView(area, month, open(area, month, now), null, null, null, null, null, null, null)
                                : asView(area, month, report.state(now), report.closure(), report.coveredThrough(),
                                report.figures(), report.change(), null, null, null));
                    }
                    return months;
                });
    }

    private static MonthlyReportView asView(ReportArea area, ReportingMonth month, ReportState state, Closure closure,
                                          LocalDate coveredThrough, Figures figures, Figures change, Figures corrections,
                                          Figures laterCorrections, List<OfficeReport> offices) {
        return new MonthlyReportView(area, month.year(), month.month(), month.labelTh(), month.firstDay(), month.cutOff(),
                ThaiDates.date(month.cutOff()), month.deadline(), state, coveredThrough, closure, figures, change,
                corrections, laterCorrections, offices);
    }

    /** An unsubmitted report's state: OPEN or LATE for an office's, none for an area that does not report. */
    private static ReportState open(ReportArea area, ReportingMonth month, Instant now) {
        return MonthlyReport.REPORTING_LEVELS.contains(area.level()) ? ReportState.of(month.deadline(), null, now) : null;
    }

    /**
     * The month's report of each office reporting to the area, in the reference data's order:
     * every one listed, whether or not it has households yet, for an office that has none still reports.
     */
    private Uni<List<OfficeReport>> offices(ReportArea area, ReportingMonth month, LocalDate taken, Instant now) {
        if (!WITH_OFFICES_BELOW.contains(area.level())) {
            return Uni.createFrom().item(List.of());
        }
        List<ReportArea> below = areas.listedChildren(area.code());
        String[] codes = below.stream().map(ReportArea::code).toArray(String[]::new);
        Uni<Map<String, ClosedReport>> submitted = pool.preparedQuery("select " + COLUMNS
                        + " from monthly_reports where area_code = any($1) and year = $2 and month = $3")
                .execute(Tuple.of(codes, month.year(), month.month()))
                .map(rows -> {
                    Map<String, ClosedReport> byArea = new HashMap<>();
                    rows.forEach(row -> byArea.put(row.getString(0), closedReport(row, 1)));
                    return byArea;
                });
        return Uni.combine().all().unis(submitted, counts.childrenAsOf(area.code(), taken))
                .with((closed, live) -> below.stream().map(office -> {
                    ClosedReport report = closed.get(office.code());
                    return report == null
                            ? new OfficeReport(office, ReportState.of(month.deadline(), null, now), null, null, taken,
                            Figures.of(live.getOrDefault(office.code(), Counts.NONE)))
                            : new OfficeReport(office, report.state(now), report.closure().closedAt(),
                            report.closure().closedAtTh(), report.coveredThrough(), report.figures());
                }).toList());
    }

    private static int key(ReportingMonth month) {
        return month.year() * 100 + month.month();
    }

    /** Version 1 could only be closed from the cut-off on: it covered up to it, due by the end of that day. */
    private static ObjectNode coveredToTheCutOff(ObjectNode v1) {
        ReportingMonth month = new ReportingMonth(v1.get("year").asInt(), v1.get("month").asInt());
        v1.put("coveredThrough", month.cutOff().toString());
        v1.put("deadline", month.deadline().toString());
        return v1;
    }

    private Uni<Void> freeze(SqlConnection tx, MonthlyReportClosed closed, StoredEvent stored) {
        return tx.preparedQuery("""
                        insert into monthly_reports (area_code, year, month, level, closed_by, closed_role, closed_at, reason,
                                                     covered_through, deadline, figures, change)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text::jsonb, $12::text::jsonb)""")
                .execute(Tuple.from(Arrays.asList(closed.areaCode(), closed.year(), closed.month(), closed.level(),
                        stored.metadata().actor(), stored.metadata().actorRole(),
                        stored.metadata().occurredAt().atOffset(ZoneOffset.UTC), stored.metadata().reason(),
                        closed.coveredThrough(), closed.deadline().atOffset(ZoneOffset.UTC),
                        json(closed.figures()), json(closed.changeSincePreviousReport()))))
                .replaceWithVoid();
    }

    private Uni<ClosedReport> closed(String areaCode, ReportingMonth month) {
        return pool.preparedQuery("select " + COLUMNS + " from monthly_reports where area_code = $1 and year = $2 and month = $3")
                .execute(Tuple.of(areaCode, month.year(), month.month()))
                .map(rows -> rows.size() == 0 ? null : closedReport(rows.iterator().next(), 1));
    }

    /** A closed report from the row's columns after the area code (COLUMNS), from {@code from} on. */
    private static ClosedReport closedReport(Row row, int from) {
        Instant closedAt = row.getOffsetDateTime(from + 2).toInstant();
        LocalDate keptUntil = Thailand.dateOf(closedAt.plus(ClosedReport.RETENTION));
        return new ClosedReport(new Closure(row.getString(from), row.getString(from + 1), closedAt,
                ThaiDates.dateTime(closedAt), row.getString(from + 3), keptUntil),
                row.getLocalDate(from + 4), row.getOffsetDateTime(from + 5).toInstant(),
                figures(row.getString(from + 6)), figures(row.getString(from + 7)));
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
