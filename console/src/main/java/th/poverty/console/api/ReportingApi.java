package th.poverty.console.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;
import th.poverty.domain.Page;

/** reporting-service (step 5): an area's figures, its children's, and a household's steps from every service. */
@RegisterRestClient(configKey = "reporting")
@RegisterClientHeaders(Bearer.class)
@RegisterProvider(ServiceProblem.Mapper.class)
@Path("/api/v1")
public interface ReportingApi {

    @GET
    @Path("/areas/{code}/progress")
    Uni<Progress> progress(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf);

    @GET
    @Path("/areas/{code}/progress/children")
    Uni<Children> children(@PathParam("code") String code);

    @GET
    @Path("/households/{householdId}/timeline")
    Uni<Page<Step>> timeline(@PathParam("householdId") String householdId, @QueryParam("limit") int limit);

    @GET
    @Path("/areas/{code}/monthly-reports")
    Uni<List<MonthlyReport>> monthlyReports(@PathParam("code") String code, @QueryParam("fiscalYear") Integer fiscalYear);

    @GET
    @Path("/areas/{code}/monthly-reports/{year}/{month}")
    Uni<MonthlyReport> monthlyReport(@PathParam("code") String code, @PathParam("year") int year, @PathParam("month") int month);

    @GET
    @Path("/areas/{code}/monthly-reports/{year}/{month}/report.csv")
    @Produces("text/csv")
    Uni<byte[]> monthlyReportCsv(@PathParam("code") String code, @PathParam("year") int year, @PathParam("month") int month);

    @GET
    @Path("/areas/{code}/monthly-reports/{year}/{month}/report.xlsx")
    @Produces(XLSX)
    Uni<byte[]> monthlyReportXlsx(@PathParam("code") String code, @PathParam("year") int year, @PathParam("month") int month);

    @POST
    @Path("/areas/{code}/monthly-reports/{year}/{month}/closure")
    Uni<MonthlyReport> closeMonthlyReport(@PathParam("code") String code, @PathParam("year") int year,
                                          @PathParam("month") int month, Closing closing);

    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * A month's report: due by the end of the 20th, its state against that deadline (OPEN, LATE,
     * SUBMITTED, SUBMITTED_LATE; null for an area that does not report), its figures up to the day
     * it covers through, and for a province or the country each office reporting to it.
     */
    record MonthlyReport(ReportArea area, int year, int month, String monthTh, LocalDate firstDay, LocalDate cutOff,
                         Instant deadline, String state, LocalDate coveredThrough, Closure closure, Progress figures,
                         Progress changeSincePreviousReport, List<OfficeReport> offices) {

        /** Whether the office may still submit it: not yet submitted. */
        public boolean unsubmitted() {
            return "OPEN".equals(state) || "LATE".equals(state);
        }
    }

    record Closure(String closedBy, String role, Instant closedAt, String reason, LocalDate keptUntil) {
    }

    /** One office's report of the month, as its province's or the country's report lists it. */
    record OfficeReport(ReportArea area, String state, Instant closedAt, LocalDate coveredThrough, Progress figures) {
    }

    record Closing(String reason) {
    }

    /** An area as reporting names it: the whole country (TH) or one node of the area tree. */
    record ReportArea(String code, String level, String levelTh, String nameTh, String parentCode) {
    }

    /** How far an area has come: the funnel of the five steps, carers, income, assistance, problems. */
    record Progress(ReportArea area, LocalDate asOf, Identified identified, long visited, long assessed,
                    Classified classified, long withPlan, long mouSigned, long withCarer, long graduated, long closed,
                    CarerCoverage carers, IncomeUplift income, List<Assistance> assistance, Problems problems,
                    List<FailingIndicator> failingIndicators) {
    }

    /** A BMN indicator the area's households fail, most failed first; nameTh null where the round has no names. */
    record FailingIndicator(String code, int round, int number, String nameTh, String dimension, long households) {
    }

    /** The households' problems (ThaiQM), in all, by dimension and by agency (null: waiting for the district). */
    record Problems(ProblemCounts total, List<DimensionProblems> byDimension, List<AgencyProblems> byAgency) {
    }

    record ProblemCounts(long found, long inProgress, long helped, long solved, long unsolvable) {
    }

    record DimensionProblems(String dimension, ProblemCounts counts) {
    }

    record AgencyProblems(String agency, ProblemCounts counts) {
    }

    record Identified(long total, long bmnSurvey, long communityForum, long candidates, long verified, long dismissed) {
    }

    record Classified(long total, long welfare, long selfDeveloping) {
    }

    record CarerCoverage(long carers, long carersCaring, long householdsCared, BigDecimal householdsPerCarer,
                         long householdsWithoutCarer, long carersOverCap) {
    }

    record IncomeUplift(long households, BigDecimal baselineMean, BigDecimal baselineMedian, BigDecimal latestMean,
                        BigDecimal latestMedian, BigDecimal meanUplift, BigDecimal medianUplift) {
    }

    record Assistance(String agency, String kind, long deliveries, long households, BigDecimal amountThb) {
    }

    record Children(ReportArea area, List<Progress> children) {
    }

    /** One event of a household's history, from whichever service: what, who in which role, when. */
    record Step(String type, String source, String streamType, String streamId, long version, Instant occurredAt,
                String actor, String actorRole) {
    }
}
