package th.poverty.console.reports;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import th.poverty.area.FiscalYear;
import th.poverty.console.api.ReportingApi;
import th.poverty.console.api.ReportingApi.MonthlyReport;
import th.poverty.console.page.FormState;
import th.poverty.console.page.Forms;
import th.poverty.console.page.Pages;
import th.poverty.domain.Thailand;

/**
 * The monthly report (step 5): an area's months of the fiscal year, one month's report to read,
 * close and download (CSV, XLSX), and the state of each area below for the month last due, those
 * still open after their cut-off marked late.
 */
@Path("/reports/{code}")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    /** The day of the month a report is cut off (reporting-service's rule: by the 20th). */
    static final int CUT_OFF_DAY = 20;

    private final Template months;
    private final Template report;
    private final Pages pages;
    private final ReportingApi reporting;
    private final Clock clock;

    public ReportPages(@Location("reports.html") Template months, @Location("report.html") Template report, Pages pages,
                       @RestClient ReportingApi reporting, Clock clock) {
        this.months = months;
        this.report = report;
        this.pages = pages;
        this.reporting = reporting;
        this.clock = clock;
    }

    @GET
    public Uni<TemplateInstance> months(@PathParam("code") String code) {
        LocalDate today = Thailand.today(clock);
        YearMonth due = lastDue(today);
        int year = FiscalYear.buddhistYear(due.atDay(1));
        Uni<List<MonthlyReport>> below = reporting.children(code).chain(children -> {
            List<Uni<MonthlyReport>> each = new ArrayList<>();
            children.children().stream().filter(child -> !"VILLAGE".equals(child.area().level()) && !"TAMBON".equals(child.area().level()))
                    .forEach(child -> each.add(reporting.monthlyReport(child.area().code(), year, due.getMonthValue())));
            return each.isEmpty() ? Uni.createFrom().item(List.<MonthlyReport>of()) : Uni.join().all(each).andFailFast();
        });
        return Uni.combine().all().unis(reporting.monthlyReports(code, null), reporting.progress(code, null), below)
                .with((list, progress, children) -> pages.of(months).data("reports", list).data("area", progress.area())
                        .data("children", children).data("today", today));
    }

    @GET
    @Path("/{year}/{month}")
    public Uni<TemplateInstance> report(@PathParam("code") String code, @PathParam("year") int year,
                                        @PathParam("month") int month) {
        return page(code, year, month, FormState.NONE);
    }

    @POST
    @Path("/{year}/{month}/closure")
    public Uni<Object> close(@PathParam("code") String code, @PathParam("year") int year, @PathParam("month") int month,
                             @RestForm String reason) {
        return Forms.submit(reporting.closeMonthlyReport(code, year, month, new ReportingApi.Closing(Forms.text(reason))),
                URI.create("/reports/" + code + "/" + year + "/" + month + "?saved=closure"),
                problem -> page(code, year, month, FormState.refused("closure", Forms.typed("reason", reason), problem)));
    }

    @GET
    @Path("/{year}/{month}/report.csv")
    @Produces("text/csv")
    public Uni<Response> csv(@PathParam("code") String code, @PathParam("year") int year, @PathParam("month") int month) {
        return reporting.monthlyReportCsv(code, year, month)
                .map(bytes -> download(bytes, "text/csv; charset=UTF-8", code, year, month, "csv"));
    }

    @GET
    @Path("/{year}/{month}/report.xlsx")
    @Produces(ReportingApi.XLSX)
    public Uni<Response> xlsx(@PathParam("code") String code, @PathParam("year") int year, @PathParam("month") int month) {
        return reporting.monthlyReportXlsx(code, year, month)
                .map(bytes -> download(bytes, ReportingApi.XLSX, code, year, month, "xlsx"));
    }

    private Uni<TemplateInstance> page(String code, int year, int month, FormState form) {
        return reporting.monthlyReport(code, year, month).map(found -> pages.of(report).data("report", found)
                .data("form", form).data("late", found.lateOn(Thailand.today(clock))));
    }

    private static Response download(byte[] bytes, String type, String code, int year, int month, String extension) {
        return Response.ok(bytes, type).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"monthly-report-%s-%d-%02d.%s\"".formatted(code, year, month, extension)).build();
    }

    /** The latest month whose report was due: this month after its 20th, else the month before. */
    static YearMonth lastDue(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        return today.getDayOfMonth() > CUT_OFF_DAY ? month : month.minusMonths(1);
    }
}
