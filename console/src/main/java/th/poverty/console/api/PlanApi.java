package th.poverty.console.api;

import java.math.BigDecimal;
import java.time.Instant;
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

/** plan-service (steps 2 to 4): the life compass, its MOU, versions, activities' progress and income. */
@RegisterRestClient(configKey = "plan")
@RegisterClientHeaders(Bearer.class)
@RegisterProvider(ServiceProblem.Mapper.class)
@Path("/api/v1")
public interface PlanApi {

    String IF_MATCH = "If-Match";
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @GET
    @Path("/plans/vocabulary")
    Uni<Vocabulary> vocabulary();

    @GET
    @Path("/households/{householdId}/plans")
    Uni<List<PlanSummary>> plansOf(@PathParam("householdId") String householdId);

    @GET
    @Path("/households/{householdId}/plan-eligibility")
    Uni<Eligibility> eligibility(@PathParam("householdId") String householdId);

    @POST
    @Path("/households/{householdId}/plans")
    Uni<Plan> draft(@PathParam("householdId") String householdId, @HeaderParam(IDEMPOTENCY_KEY) String key, Draft draft);

    @GET
    @Path("/plans/{planId}")
    Uni<Plan> plan(@PathParam("planId") String planId);

    @GET
    @Path("/plans/{planId}/versions")
    Uni<List<VersionEntry>> versions(@PathParam("planId") String planId);

    @GET
    @Path("/plans/{planId}/changes")
    Uni<Comparison> changes(@PathParam("planId") String planId, @QueryParam("from") int from, @QueryParam("to") int to);

    @POST
    @Path("/plans/{planId}/revisions")
    Uni<Plan> revise(@PathParam("planId") String planId, @HeaderParam(IF_MATCH) String version, Revision revision);

    @POST
    @Path("/plans/{planId}/agreement")
    Uni<Plan> agree(@PathParam("planId") String planId, @HeaderParam(IF_MATCH) String version, Mou mou);

    @POST
    @Path("/plans/{planId}/activities/{activityId}/progress")
    Uni<Plan> progress(@PathParam("planId") String planId, @PathParam("activityId") String activityId,
                       @HeaderParam(IF_MATCH) String version, @HeaderParam(IDEMPOTENCY_KEY) String key, Progress progress);

    @POST
    @Path("/plans/{planId}/incomes")
    Uni<Plan> income(@PathParam("planId") String planId, @HeaderParam(IF_MATCH) String version,
                     @HeaderParam(IDEMPOTENCY_KEY) String key, Income income);

    record Vocabulary(List<Label> sufficiencies, List<Label> capitalKinds, List<Label> parts, List<KindOfActivity> activityKinds,
                      List<Label> progressStatuses, List<Label> householdSignatories, List<Label> incomeSources) {
    }

    record KindOfActivity(Label kind, Label part) {
    }

    record PlanSummary(String planId, Label status, int planVersion, LocalDate draftedOn, long version) {
    }

    record Eligibility(boolean eligible, String reason, List<Missing> missing) {
    }

    record Missing(String code, String reason) {
    }

    record Plan(String planId, String householdId, Label careGroup, Label status, LocalDate draftedOn, int planVersion,
                Content content, Agreement agreement, LatestIncome latestIncome, LocalDate endedOn, long version) {
    }

    record Content(List<Goal> goals, List<Capital> capital, String potential, List<String> occupations,
                   BigDecimal targetAnnualIncomePerPersonThb, List<Activity> activities) {
    }

    record Goal(Label sufficiency, String description) {
    }

    record Capital(Label kind, String description) {
    }

    record Activity(String activityId, Label part, Label kind, String description, String agency, String help,
                    LocalDate dueOn, BigDecimal budgetThb, ActivityProgress progress) {
    }

    record ActivityProgress(Label status, LocalDate progressOn, String note) {
    }

    record Agreement(int planVersion, LocalDate signedOn, String place, Label householdSignatory,
                     List<Signatory> teamSignatories) {
    }

    record Signatory(String name, String position) {
    }

    /** The household's latest month of income, as measured. */
    record LatestIncome(String month, int householdMembers, BigDecimal monthlyIncomeThb, BigDecimal monthlyIncomePerPersonThb) {
    }

    record VersionEntry(int planVersion, String kind, Instant occurredAt, String actor, String actorRole, String reason,
                        List<Change> changes) {
    }

    record Change(String field, String kind, String before, String after) {
    }

    record Comparison(int from, int to, List<Change> changes) {
    }

    // what plan-service takes

    record Draft(LocalDate draftedOn, ContentRequest content, String reason) {
    }

    record Revision(String reason, ContentRequest content) {
    }

    record ContentRequest(List<GoalRequest> goals, List<CapitalRequest> capital, String potential, List<String> occupations,
                          BigDecimal targetAnnualIncomePerPersonThb, List<ActivityRequest> activities) {
    }

    record GoalRequest(String sufficiency, String description) {
    }

    record CapitalRequest(String kind, String description) {
    }

    record ActivityRequest(String activityId, String part, String kind, String description, String agency, String help,
                           LocalDate dueOn, BigDecimal budgetThb) {
    }

    record Mou(LocalDate signedOn, String place, String householdSignatory, Boolean householdSigned,
               List<Signatory> teamSignatories, String reason) {
    }

    record Progress(String status, LocalDate progressOn, String note) {
    }

    record Income(String month, Integer householdMembers, List<Source> sources, String reason) {
    }

    record Source(String source, BigDecimal monthlyAmountThb) {
    }
}
