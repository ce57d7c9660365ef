package th.poverty.plan.compass;

import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import th.poverty.plan.compass.PlanRecords.Comparison;
import th.poverty.plan.compass.PlanRecords.Version;
import th.poverty.plan.compass.PlanRecords.VersionEntry;
import th.poverty.web.Caller;
import th.poverty.web.HistoryEntry;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;
import th.poverty.web.ShowsFreeText;

/** Reading a plan, its versions and its history. A plan outside the caller's area is not found. */
@Path("/api/v1/plans/{planId}")
@Tag(name = "Life compass (เข็มทิศชีวิต)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY})
@ShowsFreeText
public class PlanResource {

    private final Plans plans;
    private final PlanQueries queries;
    private final Caller caller;

    public PlanResource(Plans plans, PlanQueries queries, Caller caller) {
        this.plans = plans;
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The plan: its current version with each activity's progress, the MOU, the latest income and "
            + "the help delivered; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Uni<Response> get(@PathParam("planId") String planId) {
        return plans.document(planId).map(found -> PlanResponses.ok(
                caller.within(found, plan -> plan.household().area(), "Plan", planId)));
    }

    @GET
    @Path("/versions")
    @Operation(summary = "Every version of the plan, oldest first: who wrote it, when, why and what changed")
    public Uni<List<VersionEntry>> versions(@PathParam("planId") String planId) {
        return visible(planId, () -> queries.versions(planId));
    }

    @GET
    @Path("/versions/{planVersion}")
    @Operation(summary = "One version of the plan in full")
    public Uni<Version> version(@PathParam("planId") String planId, @PathParam("planVersion") int planVersion) {
        return visible(planId, () -> queries.version(planId, planVersion))
                .map(found -> found.orElseThrow(() -> ProblemException.notFound("Version", planId + "/" + planVersion)));
    }

    @GET
    @Path("/changes")
    @Operation(summary = "What changed between two versions of the plan (from and to, either way round)")
    public Uni<Comparison> changes(@PathParam("planId") String planId, @QueryParam("from") String fromVersion,
                                   @QueryParam("to") String toVersion) {
        int from = planVersion("from", fromVersion);
        int to = planVersion("to", toVersion);
        return visible(planId, () -> queries.compare(planId, from, to))
                .map(found -> found.orElseThrow(() -> ProblemException.notFound("Version", planId + "/" + from + " or " + to)));
    }

    @GET
    @Path("/history")
    @Operation(summary = "Every event of the plan, oldest first, with who, when and why (the audit trail)")
    public Uni<List<HistoryEntry>> history(@PathParam("planId") String planId) {
        return visible(planId, () -> plans.history(planId).map(events -> events.stream().map(HistoryEntry::of).toList()));
    }

    /** Read by hand: JAX-RS would answer a missing or malformed query parameter with 404, not 400. */
    private static int planVersion(String name, String raw) {
        try {
            int version = Integer.parseInt(raw == null ? "" : raw.trim());
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest(name, "Name the two versions to compare, e.g. ?from=1&to=2");
    }

    private <T> Uni<T> visible(String planId, Supplier<Uni<T>> read) {
        return queries.ifVisible(planId, caller, read);
    }
}
