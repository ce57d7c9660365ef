package th.poverty.team.team;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.area.Areas;
import th.poverty.domain.Versioned;
import th.poverty.team.team.TeamCommand.AddMember;
import th.poverty.team.team.TeamCommand.RemoveMember;
import th.poverty.team.team.TeamCommand.ReplaceMember;
import th.poverty.team.team.TeamRequests.Formation;
import th.poverty.team.team.TeamRequests.Joining;
import th.poverty.team.team.TeamRequests.Leaving;
import th.poverty.team.team.TeamRequests.Replacement;
import th.poverty.web.Caller;
import th.poverty.web.Roles;
import th.poverty.web.Versions;

/**
 * District and provincial offices form teams and change their members. Changes to a team need
 * {@code If-Match} with the version read (428 without, 412 when stale); a change that breaks the
 * team kind's composition is refused (422 when forming, 409 afterwards) and writes nothing.
 */
@Path("/api/v1/teams")
@Tag(name = "Teams (ทีมปฏิบัติการ / Smile Team)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
public class TeamCommandsResource {

    private final Teams teams;
    private final Pool pool;
    private final Areas areas;
    private final Caller caller;

    public TeamCommandsResource(Teams teams, Pool pool, Areas areas, Caller caller) {
        this.teams = teams;
        this.pool = pool;
        this.areas = areas;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Form a team for a tambon or a district with its members",
            description = "A Smile Team is exactly one ผู้นำ อช., one พัฒนากร (พก.) and one ชช.; an operations team has one "
                    + "ปลัดตำบล and at least one community leader. Send Idempotency-Key to make retries safe.")
    public Uni<Response> form(@NotNull @Valid Formation formation) {
        areas.pathOf(formation.areaCode()).ifPresent(caller::requireArea);
        var command = new FormTeam(UUID.randomUUID().toString(), formation.kind(), formation.name(), formation.areaCode(),
                formation.formedOn(), formation.members().stream()
                .map(m -> new FormTeam.NewMember(UUID.randomUUID().toString(), m.name(), m.role(), m.villageCode()))
                .toList());
        var metadata = caller.metadata(formation.reason(), formation.areaCode());
        return pool.withTransaction(tx -> teams.form(tx, command, metadata))
                .flatMap(id -> teams.find(id).map(found -> {
                    var team = found.orElseThrow();
                    var response = Response.created(URI.create("/api/v1/teams/" + id));
                    return response.entity(TeamView.of(team.aggregate(), team.version(), areas))
                            .header(HttpHeaders.ETAG, Versions.etag(team.version()))
                            .build();
                }));
    }

    @POST
    @Path("/{teamId}/members")
    @Operation(summary = "A person joins the team (an operations team; a Smile Team changes by replacement)")
    public Uni<Response> join(@PathParam("teamId") String teamId, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                              @NotNull @Valid Joining joining) {
        var command = new AddMember(UUID.randomUUID().toString(), joining.name(), joining.role(), joining.villageCode(),
                joining.joinedOn());
        return run(teamId, ifMatch, command, joining.reason());
    }

    @POST
    @Path("/{teamId}/members/{memberId}/leaving")
    @Operation(summary = "A member leaves the team on a date")
    public Uni<Response> leave(@PathParam("teamId") String teamId, @PathParam("memberId") String memberId,
                               @HeaderParam(Versions.IF_MATCH) String ifMatch, @NotNull @Valid Leaving leaving) {
        return run(teamId, ifMatch, new RemoveMember(memberId, leaving.leftOn()), leaving.reason());
    }

    @POST
    @Path("/{teamId}/members/{memberId}/replacement")
    @Operation(summary = "A member hands over to a successor in the same role, on the same day")
    public Uni<Response> replace(@PathParam("teamId") String teamId, @PathParam("memberId") String memberId,
                                 @HeaderParam(Versions.IF_MATCH) String ifMatch, @NotNull @Valid Replacement replacement) {
        var command = new ReplaceMember(memberId, UUID.randomUUID().toString(), replacement.successorName(),
                replacement.successorVillageCode(), replacement.on());
        return run(teamId, ifMatch, command, replacement.reason());
    }

    private Uni<Response> run(String teamId, String ifMatch, TeamCommand command, String reason) {
        long expected = Versions.required(ifMatch);
        return teams.handle(teamId, expected, command, caller, caller.metadata(reason, null))
                .map(this::respond);
    }

    private Response respond(Versioned<Team> team) {
        return Response.ok(TeamView.of(team.aggregate(), team.version(), areas))
                .header(HttpHeaders.ETAG, Versions.etag(team.version()))
                .build();
    }
}
