package th.poverty.console.reports;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
 * The monthly report (step 5): an area's months of the fiscal year with the state of each, one
 * month's report to read, submit and download (CSV, XLSX) with the state and figures of each
 * office reporting to it (a province's districts, the country's provinces), and those offices'
 * reports for the month last due. Every state is reporting-service's.
 */
@Path("/reports/{code}")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

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
        int fiscalYear = FiscalYear.ofDate(Thailand.today(clock));
        return Uni.combine().all().unis(reporting.monthlyReports(code, fiscalYear), reporting.progress(code, null))
                .asTuple()
                .chain(both -> lastDue(code, fiscalYear, both.getItem1())
                        .map(due -> pages.of(months).data("reports", both.getItem1()).data("area", both.getItem2().area())
                                .data("due", due)));
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
                .data("form", form));
    }

    private static Response download(byte[] bytes, String type, String code, int year, int month, String extension) {
        return Response.ok(bytes, type).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"monthly-report-%s-%d-%02d.%s\"".formatted(code, year, month, extension)).build();
    }

    /**
     * The report of the latest month whose deadline has passed, with its offices: in this fiscal
     * year's list, or in its first weeks, before October's deadline, the year before's.
     */
    private Uni<MonthlyReport> lastDue(String code, int fiscalYear, List<MonthlyReport> year) {
        Instant now = clock.instant();
        Optional<MonthlyReport> due = year.stream().filter(r -> r.deadline().isBefore(now)).reduce((earlier, later) -> later);
        Uni<Optional<MonthlyReport>> month = due.isPresent() ? Uni.createFrom().item(due)
                : reporting.monthlyReports(code, fiscalYear - 1)
                        .map(before -> before.stream().filter(r -> r.deadline().isBefore(now)).reduce((earlier, later) -> later));
        return month.chain(found -> found.isEmpty() ? Uni.createFrom().nullItem()
                : reporting.monthlyReport(code, found.get().year(), found.get().month()));
    }
}
