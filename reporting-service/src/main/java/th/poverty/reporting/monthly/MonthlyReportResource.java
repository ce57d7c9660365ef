package th.poverty.reporting.monthly;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import th.poverty.area.FiscalYear;
import th.poverty.domain.Thailand;
import th.poverty.reporting.rollup.ReportArea;
import th.poverty.reporting.rollup.ReportAreas;
import th.poverty.web.Caller;
import th.poverty.web.CsvDownload;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;
import th.poverty.web.ShowsFreeText;

@Path("/api/v1/areas/{code}/monthly-reports")
@Tag(name = "Monthly report (รายงานประจำเดือน, by the 20th)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.FIELD_TEAM, Roles.ANALYST})
public class MonthlyReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Which office closes which report. */
    private static final Map<String, String> CLOSED_BY = Map.of("DISTRICT", Roles.DISTRICT_OFFICER, "PROVINCE", Roles.PROVINCE_OFFICER);

    private final MonthlyReports reports;
    private final ReportAreas areas;
    private final Caller caller;
    private final Clock clock;

    public MonthlyReportResource(MonthlyReports reports, ReportAreas areas, Caller caller, Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.areas = areas;
        this.caller = caller;
    }

    /** Why the office closes its report, in its own words (optional). */
    public record Closing(@Size(max = 2000) String reason) {
    }

    @GET
    @Operation(summary = "The area's monthly reports of a fiscal year (October to September), each with its state "
            + "(OPEN, LATE, SUBMITTED, SUBMITTED_LATE) and, once submitted, its figures")
    @ShowsFreeText
    public Uni<List<MonthlyReportView>> ofFiscalYear(@PathParam("code") String code,
                                                     @QueryParam("fiscalYear") @Parameter(description = "B.E.; the current one by default") Integer fiscalYear) {
        ReportArea area = areas.visibleArea(code, caller.area());
        int year = fiscalYear != null ? fiscalYear : FiscalYear.ofDate(Thailand.today(clock));
        try {
            FiscalYear.start(year);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("fiscalYear", e.getMessage());
        }
        return reports.ofFiscalYear(area, year);
    }

    @GET
    @Path("/{year}/{month}")
    @Operation(summary = "The area's report for a month: its state against the deadline, its figures (at the cut-off, "
            + "the 20th, or at the day an early report was submitted), the change since the previous report, what "
            + "counted for the previous month but was not in its report, and the state and figures of each office "
            + "reporting to the area (a province's districts; for TH, the national consolidation, every province)",
            description = "year is B.E. (e.g. 2570), month 1 to 12. A report not submitted by the end of the 20th (Thai "
                    + "time) is LATE; one submitted after it SUBMITTED_LATE.")
    @ShowsFreeText
    public Uni<MonthlyReportView> report(@PathParam("code") String code, @PathParam("year") int year,
                                         @PathParam("month") int month) {
        return reports.view(areas.visibleArea(code, caller.area()), month(year, month));
    }

    @GET
    @Path("/{year}/{month}/report.csv")
    @Produces("text/csv")
    @Operation(summary = "The month's report as CSV (UTF-8), Thai headers and B.E. dates")
    public Uni<Response> csv(@PathParam("code") String code, @PathParam("year") int year, @PathParam("month") int month) {
        return reports.view(areas.visibleArea(code, caller.area()), month(year, month))
                .map(report -> download(CsvDownload.of(ReportTable.of(report).rows()), CsvDownload.MEDIA_TYPE, report, "csv"));
    }

    @GET
    @Path("/{year}/{month}/report.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The month's report as an Excel workbook, Thai headers and B.E. dates")
    public Uni<Response> xlsx(@PathParam("code") String code, @PathParam("year") int year, @PathParam("month") int month) {
        return reports.view(areas.visibleArea(code, caller.area()), month(year, month))
                .map(report -> download(XlsxReport.write(ReportTable.of(report)), XLSX, report, "xlsx"));
    }

    @POST
    @Path("/{year}/{month}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Submit (close) the month's report, any day from the month's first day on: its figures are frozen",
            description = "A district's report is submitted by a district officer, a province's by a province officer, "
                    + "within their area. Before the cut-off its figures run to the day of submission; from the cut-off "
                    + "on, to the cut-off. What happens after that up to the cut-off, or arrives later, goes to the next "
                    + "month's report as corrections. After the end of the 20th the report is submitted late.")
    @ShowsFreeText
    public Uni<MonthlyReportView> close(@PathParam("code") String code, @PathParam("year") int year,
                                        @PathParam("month") int month, @Valid Closing closing) {
        ReportArea area = areas.visibleArea(code, caller.area());
        ReportingMonth reportingMonth = month(year, month);
        String office = CLOSED_BY.get(area.level());
        if (office != null && !office.equals(caller.role())) {
            throw ProblemException.forbidden("A " + area.level().toLowerCase() + "'s report is closed by a " + office);
        }
        return reports.close(area, reportingMonth, caller, closing == null || closing.reason() == null ? "" : closing.reason());
    }

    private static ReportingMonth month(int year, int month) {
        try {
            return new ReportingMonth(year, month);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage().startsWith("month") ? "month" : "year", e.getMessage());
        }
    }

    private static Response download(byte[] body, String type, MonthlyReportView report, String extension) {
        String name = "monthly-report-%s-%d-%02d.%s".formatted(report.area().code(), report.year(), report.month(), extension);
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
