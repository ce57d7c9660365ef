package th.poverty.plan.compass;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.plan.compass.PlanRecords.PlanSummary;
import th.poverty.plan.compass.PlanRequests.Draft;
import th.poverty.plan.households.PlanHouseholds;
import th.poverty.web.Caller;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;
import th.poverty.web.ShowsFreeText;

@Path("/api/v1/households/{householdId}/plans")
@Tag(name = "Life compass (เข็มทิศชีวิต)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@ShowsFreeText
public class HouseholdPlansResource {

    private final Plans plans;
    private final PlanQueries queries;
    private final PlanHouseholds households;
    private final Pool pool;
    private final Caller caller;

    public HouseholdPlansResource(Plans plans, PlanQueries queries, PlanHouseholds households, Pool pool,
                                  Caller caller) {
        this.plans = plans;
        this.queries = queries;
        this.households = households;
        this.pool = pool;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Draft a life compass for a classified household (PlanDrafted)",
            description = "Only for a household step 1 classified (group ก or ข) and that has no open plan. Goals must lead "
                    + "to all three sufficiencies (๓ พ); every activity belongs to one of the three parts. Send "
                    + "Idempotency-Key to make retries safe.")
    public Uni<Response> draft(@PathParam("householdId") String householdId, @NotNull @Valid Draft draft) {
        var command = new DraftPlan(UUID.randomUUID().toString(), householdId, draft.draftedOn(), draft.content().toContent());
        return pool.withTransaction(tx -> plans.draft(tx, command, caller, draft.reason()))
                .flatMap(id -> plans.document(id).map(found -> {
                    PlanDocument plan = found.filter(p -> caller.mayAct(p.household().area()))
                            .orElseThrow(() -> ProblemException.notFound("Plan", id));
                    return Response.fromResponse(PlanResponses.ok(plan))
                            .status(Response.Status.CREATED)
                            .location(URI.create("/api/v1/plans/" + id))
                            .build();
                }));
    }

    @GET
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY})
    @Operation(summary = "The household's plans, oldest first: at most one is open (draft or agreed)")
    public Uni<List<PlanSummary>> plans(@PathParam("householdId") String householdId) {
        return households.find(householdId).flatMap(found -> {
            found.filter(h -> caller.mayAct(h.area())).orElseThrow(() -> ProblemException.notFound("Household", householdId));
            return queries.plansOf(householdId);
        });
    }
}
