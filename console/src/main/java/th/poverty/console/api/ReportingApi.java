package th.poverty.console.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

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

    /** An area as reporting names it: the whole country (TH) or one node of the area tree. */
    record ReportArea(String code, String level, String levelTh, String nameTh, String parentCode) {
    }

    /** How far an area has come: the funnel of the five steps, carers, income, assistance. */
    record Progress(ReportArea area, LocalDate asOf, Identified identified, long visited, long assessed,
                    Classified classified, long withPlan, long mouSigned, long withCarer, long graduated, long closed,
                    CarerCoverage carers, IncomeUplift income, List<Assistance> assistance) {
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
