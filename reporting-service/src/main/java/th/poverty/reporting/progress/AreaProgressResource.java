package th.poverty.reporting.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import th.poverty.domain.Thailand;
import th.poverty.reporting.rollup.ReportArea;
import th.poverty.reporting.rollup.ReportAreas;
import th.poverty.web.Caller;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;

@Path("/api/v1/areas/{code}/progress")
@Tag(name = "Area progress (ติดตามและประเมินผล)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.FIELD_TEAM, Roles.ANALYST})
public class AreaProgressResource {

    private final ReportAreas areas;
    private final AreaCounts counts;
    private final Caller caller;
    private final Clock clock;

    public AreaProgressResource(ReportAreas areas, AreaCounts counts, Caller caller, Clock clock) {
        this.clock = clock;
        this.areas = areas;
        this.counts = counts;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "An area's progress: funnel, carer coverage, income uplift, assistance, problems",
            description = "The area is a province (2 digits), district (4), tambon (6) or village (8), or TH for the "
                    + "whole country. Without parameters, the numbers now; with asOf, at the end of that day (Thai "
                    + "time); with fiscalYear (B.E.), at its end (or today, or asOf) and what changed in it. Areas "
                    + "outside the caller's area are not found.")
    public Uni<AreaProgress> progress(@PathParam("code") @Parameter(example = "24") String code,
                                      @QueryParam("asOf") @Parameter(description = "ISO date, e.g. 2027-01-20") String asOf,
                                      @QueryParam("fiscalYear") @Parameter(description = "B.E., e.g. 2570") String fiscalYear) {
        ReportArea area = areas.visibleArea(code, caller.area());
        ProgressPeriod period = period(asOf, fiscalYear);
        Uni<Counts> at = period.asOf() == null ? counts.of(area.code()) : counts.asOf(area.code(), period.asOf());
        Uni<Counts> before = period.before() == null ? Uni.createFrom().nullItem() : counts.asOf(area.code(), period.before());
        return Uni.combine().all().unis(at, before).with((now, then) -> AreaProgress.of(area, period, now, then));
    }

    @GET
    @Path("/children")
    @Operation(summary = "The progress of each child of an area: the next level down",
            description = "The country's provinces, a province's districts and a district's tambons, counted or not; "
                    + "a tambon's villages once they have counted households; none for a village. Same parameters.")
    public Uni<ChildrenProgress> children(@PathParam("code") @Parameter(example = "24") String code,
                                          @QueryParam("asOf") String asOf,
                                          @QueryParam("fiscalYear") String fiscalYear) {
        ReportArea area = areas.visibleArea(code, caller.area());
        ProgressPeriod period = period(asOf, fiscalYear);
        Uni<Map<String, Counts>> at = period.asOf() == null ? counts.ofChildren(area.code())
                : counts.childrenAsOf(area.code(), period.asOf());
        Uni<Map<String, Counts>> before = period.before() == null ? Uni.createFrom().item(Map.of())
                : counts.childrenAsOf(area.code(), period.before());
        return Uni.combine().all().unis(at, before).with((now, then) -> {
            Map<String, ReportArea> children = new TreeMap<>();
            areas.listedChildren(area.code()).forEach(child -> children.put(child.code(), child));
            now.keySet().forEach(child -> areas.find(child).ifPresent(found -> children.putIfAbsent(child, found)));
            return new ChildrenProgress(area, period.asOf(), period.fiscalYear(), children.values().stream()
                    .map(child -> AreaProgress.of(child, period, now.getOrDefault(child.code(), Counts.NONE),
                            period.before() == null ? null : then.getOrDefault(child.code(), Counts.NONE)))
                    .toList());
        });
    }

    @GET
    @Path("/monthly")
    @Operation(summary = "An area's progress at the end of each month of a range: a time series",
            description = "For each month from `from` to `to` (ISO months, at most " + MonthlySeries.MAX_MONTHS
                    + "), the area's figures at the end of its last day (Thai time); the current month's as of today. "
                    + "Without parameters, the last twelve months up to this one. Exact figures, as the other progress "
                    + "endpoints; areas outside the caller's area are not found.")
    public Uni<MonthlySeries> monthly(@PathParam("code") @Parameter(example = "24") String code,
                                      @QueryParam("from") @Parameter(description = "ISO month, e.g. 2026-10") String from,
                                      @QueryParam("to") @Parameter(description = "ISO month, e.g. 2027-09; at most this month")
                                      String to) {
        ReportArea area = areas.visibleArea(code, caller.area());
        LocalDate today = Thailand.today(clock);
        YearMonth last = month("to", to, YearMonth.from(today));
        YearMonth first = month("from", from, last.minusMonths(11));
        if (last.isAfter(YearMonth.from(today))) {
            throw ProblemException.badRequest("to", "to is at most this month, " + YearMonth.from(today));
        }
        if (first.isAfter(last)) {
            throw ProblemException.badRequest("from", "from is at most to");
        }
        if (first.plusMonths(MonthlySeries.MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw ProblemException.badRequest("from", "at most " + MonthlySeries.MAX_MONTHS + " months at a time");
        }
        return Uni.combine().all().unis(counts.of(area.code()), counts.monthlyChangesAfter(area.code(), first.atEndOfMonth()))
                .with((now, after) -> MonthlySeries.of(area, first, last, now, after, today));
    }

    private static YearMonth month(String name, String value, YearMonth otherwise) {
        try {
            return value == null ? otherwise : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, name + " must be an ISO month such as 2026-10");
        }
    }

    private ProgressPeriod period(String asOf, String fiscalYear) {
        Integer year;
        try {
            year = fiscalYear == null ? null : Integer.valueOf(fiscalYear);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("fiscalYear", "fiscalYear is a B.E. year such as 2570");
        }
        try {
            return ProgressPeriod.of(asOf == null ? null : LocalDate.parse(asOf), year, Thailand.today(clock));
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("asOf", "asOf must be an ISO date such as 2027-01-20");
        } catch (ProgressPeriod.InvalidPeriod e) {
            throw ProblemException.badRequest(e.parameter(), e.getMessage());
        }
    }
}
