package th.poverty.plan.compass;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import th.poverty.plan.compass.PlanCommand.AgreePlan;
import th.poverty.plan.compass.PlanCommand.ClosePlan;
import th.poverty.plan.compass.PlanCommand.CompletePlan;
import th.poverty.plan.compass.PlanCommand.RecordActivityProgress;
import th.poverty.plan.compass.PlanCommand.RevisePlan;
import th.poverty.plan.compass.PlanRequests.Closure;
import th.poverty.plan.compass.PlanRequests.Completion;
import th.poverty.plan.compass.PlanRequests.Mou;
import th.poverty.plan.compass.PlanRequests.Progress;
import th.poverty.plan.compass.PlanRequests.Revision;
import th.poverty.web.Caller;
import th.poverty.web.Roles;
import th.poverty.web.ShowsFreeText;
import th.poverty.web.Versions;

/**
 * The team's commands on a plan. Each needs {@code If-Match} with the version the caller read
 * (428 without, 412 when someone changed the plan since) and answers with the plan and its new ETag.
 */
@Path("/api/v1/plans/{planId}")
@Tag(name = "Life compass (เข็มทิศชีวิต)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
@ShowsFreeText
public class PlanCommandsResource {

    private final Plans plans;
    private final Caller caller;

    public PlanCommandsResource(Plans plans, Caller caller) {
        this.plans = plans;
        this.caller = caller;
    }

    @POST
    @Path("/agreement")
    @Operation(summary = "Sign the MOU on the current version (PlanAgreed); afterwards the plan changes only by revision")
    public Uni<Response> agree(@PathParam("planId") String planId, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                               @NotNull @Valid Mou mou) {
        var signatories = mou.teamSignatories().stream().map(s -> new TeamSignatory(s.name(), s.position())).toList();
        return run(planId, ifMatch, new AgreePlan(mou.signedOn(), mou.place(), mou.householdSignatory(),
                mou.householdSigned(), signatories), mou.reason());
    }

    @POST
    @Path("/revisions")
    @Operation(summary = "Revise the plan (PlanRevised): a new version with the reason and what changed; every version is kept")
    public Uni<Response> revise(@PathParam("planId") String planId, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                @NotNull @Valid Revision revision) {
        return run(planId, ifMatch, new RevisePlan(revision.reason(), revision.content().toContent()), revision.reason());
    }

    @POST
    @Path("/activities/{activityId}/progress")
    @Operation(summary = "Record progress on an activity of the agreed plan (ActivityProgressRecorded)")
    public Uni<Response> progress(@PathParam("planId") String planId, @PathParam("activityId") String activityId,
                                  @HeaderParam(Versions.IF_MATCH) String ifMatch, @NotNull @Valid Progress progress) {
        return run(planId, ifMatch, new RecordActivityProgress(activityId, progress.status(), progress.progressOn(),
                progress.note()), progress.note());
    }

    @POST
    @Path("/completion")
    @Operation(summary = "The household carried out its agreed plan (PlanCompleted); its income is still recorded after")
    public Uni<Response> complete(@PathParam("planId") String planId, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                  @NotNull @Valid Completion completion) {
        return run(planId, ifMatch, new CompletePlan(completion.completedOn()), completion.reason());
    }

    @POST
    @Path("/closure")
    @Operation(summary = "Close the plan without completing it (PlanClosed), saying why")
    public Uni<Response> close(@PathParam("planId") String planId, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                               @NotNull @Valid Closure closure) {
        return run(planId, ifMatch, new ClosePlan(closure.closedOn(), closure.closure(), closure.reason()), closure.reason());
    }

    private Uni<Response> run(String planId, String ifMatch, PlanCommand command, String reason) {
        long expected = Versions.required(ifMatch);
        return plans.handle(planId, expected, command, caller, reason).map(PlanResponses::ok);
    }
}
