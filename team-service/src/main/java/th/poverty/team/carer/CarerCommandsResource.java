package th.poverty.team.carer;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.area.Areas;
import th.poverty.domain.Versioned;
import th.poverty.team.carer.CarerRequests.AccountLink;
import th.poverty.team.carer.CarerRequests.Assignment;
import th.poverty.team.carer.CarerRequests.CareVisit;
import th.poverty.team.carer.CarerRequests.Registration;
import th.poverty.team.carer.CarerRequests.Releasing;
import th.poverty.web.Caller;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;
import th.poverty.web.Versions;

/**
 * Carers and the households they care for. {@code If-Match} is optional on assignments and
 * releases: many field workers assign different households to one carer at the same time, and
 * the rules (three households per carer, one carer per household) are decided on the carer's
 * latest state whatever version the caller read, so a stale read cannot overwrite anything. Send
 * it to make the change conditional on the version you read (412 when stale).
 */
@Path("/api/v1/carers")
@Tag(name = "Carers (ผู้ดูแลครัวเรือน)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CarerCommandsResource {

    private final Carers carers;
    private final Pool pool;
    private final Areas areas;
    private final Caller caller;

    public CarerCommandsResource(Carers carers, Pool pool, Areas areas, Caller caller) {
        this.carers = carers;
        this.pool = pool;
        this.areas = areas;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Register a carer: a team member, or a community leader outside any team",
            description = "Send Idempotency-Key to make retries safe.")
    public Uni<Response> register(@NotNull @Valid Registration registration) {
        if ((registration.teamId() == null) != (registration.memberId() == null)) {
            throw ProblemException.badRequest(registration.teamId() == null ? "teamId" : "memberId",
                    "A team member is named by both teamId and memberId");
        }
        if (registration.areaCode() != null) {
            areas.pathOf(registration.areaCode()).ifPresent(caller::requireArea);
        }
        var command = new RegisterCarer(UUID.randomUUID().toString(), registration.name(), registration.role(),
                registration.areaCode(), registration.teamId(), registration.memberId());
        var metadata = caller.metadata(registration.reason(), registration.areaCode());
        return pool.withTransaction(tx -> carers.register(tx, command, caller, metadata))
                .flatMap(id -> carers.find(id).flatMap(found -> {
                    var carer = found.orElseThrow();
                    var response = Response.created(URI.create("/api/v1/carers/" + id));
                    return carers.view(carer).map(view -> response.entity(view)
                            .header(HttpHeaders.ETAG, Versions.etag(carer.version()))
                            .build());
                }));
    }

    @POST
    @Path("/{carerId}/households")
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Assign a household to the carer (one carer for at most the province's cap, three by default)",
            description = "Refused with 409 when the carer already cares for as many households as the province's cap "
                    + "(the problem names them), "
                    + "the household has another carer, or it is closed or has left poverty. Assigning a household the "
                    + "carer already cares for changes nothing. If-Match is optional.")
    @APIResponse(responseCode = "200", description = "The carer with the household")
    @APIResponse(responseCode = "404", description = "Unknown carer or household, or outside your area")
    @APIResponse(responseCode = "409", description = "carer-at-capacity, household-has-carer, household-closed, "
            + "household-graduated or household-outside-carer-district")
    public Uni<Response> assign(@PathParam("carerId") String carerId, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                @NotNull @Valid Assignment assignment) {
        return carers.assign(carerId, assignment.householdId(), optionalVersion(ifMatch), caller,
                        caller.metadata(assignment.reason(), null))
                .flatMap(this::respond);
    }

    @POST
    @Path("/{carerId}/households/{householdId}/release")
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "The carer stops caring for the household, with the reason; If-Match is optional")
    public Uni<Response> release(@PathParam("carerId") String carerId, @PathParam("householdId") String householdId,
                                 @HeaderParam(Versions.IF_MATCH) String ifMatch, @NotNull @Valid Releasing releasing) {
        if (!releasing.release().givenByPeople()) {
            throw ProblemException.badRequest("release", releasing.release() + " follows from what happens to the "
                    + "household or from a hand-over; choose CARER_UNAVAILABLE, HOUSEHOLD_REQUEST or OTHER");
        }
        return carers.release(carerId, householdId, releasing.release(), optionalVersion(ifMatch), caller,
                        caller.metadata(releasing.reason(), null))
                .flatMap(this::respond);
    }

    @POST
    @Path("/{carerId}/households/{householdId}/visits")
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Record the carer's visit to a household it cares for, and when the next is due (CareVisitRecorded)",
            description = "What was seen is free text about the household, kept apart from the event. If-Match is optional.")
    public Uni<Response> visit(@PathParam("carerId") String carerId, @PathParam("householdId") String householdId,
                               @HeaderParam(Versions.IF_MATCH) String ifMatch, @NotNull @Valid CareVisit visit) {
        return carers.recordVisit(carerId, householdId, visit.visitedOn(), visit.seen(), visit.nextVisitDue(),
                        optionalVersion(ifMatch), caller, caller.metadata("", null))
                .flatMap(this::respond);
    }

    @POST
    @Path("/{carerId}/account")
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Link the person who signs in as `account` to the carer, so their \"my households\" answers",
            description = "409 account-already-linked when another carer has the account.")
    public Uni<Response> link(@PathParam("carerId") String carerId, @NotNull @Valid AccountLink link) {
        return carers.linkAccount(carerId, link.account(), caller, caller.metadata(link.reason(), null))
                .flatMap(this::respond);
    }

    private static Long optionalVersion(String ifMatch) {
        return ifMatch == null ? null : Versions.required(ifMatch);
    }

    private Uni<Response> respond(Versioned<Carer> carer) {
        return carers.view(carer).map(view -> Response.ok(view)
                .header(HttpHeaders.ETAG, Versions.etag(carer.version()))
                .build());
    }
}
