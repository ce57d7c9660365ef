package th.poverty.console.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;
import th.poverty.domain.Label;
import th.poverty.domain.Page;

/**
 * plan-service's work for agencies (step 3): problems (worklists, one problem with what answers it,
 * an agency's commands) and the compass activities addressed to an agency, with the help it delivers.
 */
@RegisterRestClient(configKey = "plan")
@RegisterClientHeaders(Bearer.class)
@RegisterProvider(ServiceProblem.Mapper.class)
@Path("/api/v1")
public interface ProblemApi {

    String IF_MATCH = "If-Match";
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @GET
    @Path("/problems")
    Uni<Page<Problem>> worklist(@QueryParam("area") String area, @QueryParam("status") String status,
                                @QueryParam("dimension") String dimension, @QueryParam("overdue") boolean overdue,
                                @QueryParam("householdId") String householdId, @QueryParam("after") String after,
                                @QueryParam("limit") Integer limit);

    @GET
    @Path("/problems/{problemId}")
    Uni<Detail> problem(@PathParam("problemId") String problemId);

    @POST
    @Path("/problems/{problemId}/acceptance")
    Uni<Problem> accept(@PathParam("problemId") String problemId, @HeaderParam(IF_MATCH) String version,
                        Acceptance acceptance);

    @POST
    @Path("/problems/{problemId}/declination")
    Uni<Problem> decline(@PathParam("problemId") String problemId, @HeaderParam(IF_MATCH) String version,
                         Declination declination);

    @POST
    @Path("/problems/{problemId}/status")
    Uni<Problem> status(@PathParam("problemId") String problemId, @HeaderParam(IF_MATCH) String version,
                        StatusUpdate update);

    @POST
    @Path("/problems/{problemId}/help")
    Uni<Problem> help(@PathParam("problemId") String problemId, @HeaderParam(IF_MATCH) String version,
                      @HeaderParam(IDEMPOTENCY_KEY) String key, Help help);

    @POST
    @Path("/problems/{problemId}/routing")
    Uni<Problem> reroute(@PathParam("problemId") String problemId, @HeaderParam(IF_MATCH) String version,
                         Rerouting rerouting);

    @GET
    @Path("/agency-activities")
    Uni<List<AddressedActivity>> agencyActivities(@QueryParam("area") String area, @QueryParam("limit") Integer limit);

    /** Help delivered against an activity of the household's compass (plan-service's AssistanceDelivered). */
    @POST
    @Path("/plans/{planId}/assistance")
    Uni<Object> deliver(@PathParam("planId") String planId, @HeaderParam(IF_MATCH) String version, Delivery delivery);

    @GET
    @Path("/agencies")
    Uni<List<Agency>> agencies(@QueryParam("area") String area, @QueryParam("dimension") String dimension);

    record Problem(String problemId, String householdId, String villageCode, Label dimension, Label origin,
                   String descriptionCode, Label welfareNeed, Label status, String agency, LocalDate identifiedOn,
                   LocalDate dueOn, boolean overdue, BigDecimal helpedThb, long version) {
    }

    record Detail(Problem problem, List<ActivityLink> activities, List<HelpGiven> help) {
    }

    record ActivityLink(String planId, String activityId) {
    }

    record HelpGiven(String agency, Label kind, BigDecimal amountThb, LocalDate helpedOn, String description,
                     String recordedBy, String recordedByRole) {
    }

    record AddressedActivity(String planId, String householdId, String villageCode, String planStatus, long version,
                             String activityId, String description, String help, LocalDate dueOn, BigDecimal budgetThb) {

        /** The name of this activity's form on the page, as the console's refusals name it. */
        public String form() {
            return formOf(planId, activityId);
        }

        public static String formOf(String planId, String activityId) {
            return planId + "/" + activityId;
        }

        /** An id for one of this activity's fields, unique on the page. */
        public String fieldId(String field) {
            return field + "-" + planId + "-" + activityId;
        }
    }

    record Delivery(String kind, BigDecimal amountThb, LocalDate deliveredOn, String activityId, String description) {
    }

    record Agency(String code, String nameTh, String nameEn, Label level, String areaCode) {
    }

    record Acceptance(LocalDate acceptedOn, String reason) {
    }

    record Declination(LocalDate declinedOn, String reason) {
    }

    record StatusUpdate(String status, LocalDate changedOn, String reason) {
    }

    record Help(String kind, BigDecimal amountThb, LocalDate helpedOn, String description) {
    }

    record Rerouting(String agency, String reason) {
    }
}
