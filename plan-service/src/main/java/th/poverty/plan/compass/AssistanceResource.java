package th.poverty.plan.compass;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import th.poverty.plan.agencies.Agencies;
import th.poverty.plan.compass.PlanCommand.DeliverAssistance;
import th.poverty.plan.compass.PlanRecords.Delivery;
import th.poverty.plan.compass.PlanRequests.Assistance;
import th.poverty.web.Caller;
import th.poverty.web.Roles;
import th.poverty.web.ShowsFreeText;
import th.poverty.web.Versions;

/**
 * Help partner agencies (ภาคีการพัฒนา) deliver under a plan, recorded by the agencies themselves
 * with their own role, for households within their token's area only, and always under an agency
 * code of the registry: a partner agency's own, from its token; never a free-text name.
 */
@Path("/api/v1/plans/{planId}/assistance")
@Tag(name = "Partner assistance (ภาคีการพัฒนา)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@ShowsFreeText
public class AssistanceResource {

    private final Plans plans;
    private final PlanQueries queries;
    private final Agencies agencies;
    private final Caller caller;

    public AssistanceResource(Plans plans, PlanQueries queries, Agencies agencies, Caller caller) {
        this.plans = plans;
        this.queries = queries;
        this.agencies = agencies;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.PARTNER_AGENCY, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Record help delivered to the household under its agreed plan (AssistanceDelivered)",
            description = "For partner agencies, under their token's agency code (403 for another agency's), and district "
                    + "or provincial offices on an agency's behalf, within the area of their token. Needs If-Match with the "
                    + "plan's version.")
    public Uni<Response> deliver(@PathParam("planId") String planId, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                 @NotNull @Valid Assistance assistance) {
        long expected = Versions.required(ifMatch);
        return agencies.recordingFor(caller, assistance.agency()).chain(agency -> {
            var command = new DeliverAssistance(agency, assistance.kind(), assistance.amountThb(),
                    assistance.deliveredOn(), assistance.activityId(), assistance.description());
            return plans.handle(planId, expected, command, caller, assistance.description());
        }).map(PlanResponses::ok);
    }

    @GET
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY})
    @Operation(summary = "The help delivered under the plan, oldest first")
    public Uni<List<Delivery>> deliveries(@PathParam("planId") String planId) {
        return queries.ifVisible(planId, caller, () -> queries.assistance(planId));
    }
}
