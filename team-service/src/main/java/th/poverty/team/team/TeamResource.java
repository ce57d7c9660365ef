package th.poverty.team.team;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.domain.Label;
import th.poverty.domain.Page;
import th.poverty.team.team.TeamSearch.Summary;
import th.poverty.web.Caller;
import th.poverty.web.HistoryEntry;
import th.poverty.web.PageSize;
import th.poverty.web.QueryParams;
import th.poverty.web.Roles;
import th.poverty.web.ShowsFreeText;
import th.poverty.web.Versions;

@Path("/api/v1/teams")
@Tag(name = "Teams (ทีมปฏิบัติการ / Smile Team)")
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    private final Teams teams;
    private final TeamSearch search;
    private final Areas areas;
    private final Caller caller;

    public TeamResource(Teams teams, TeamSearch search, Areas areas, Caller caller) {
        this.teams = teams;
        this.search = search;
        this.areas = areas;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY,
            Roles.ANALYST})
    @Operation(summary = "Teams per area",
            description = "area is a province, district, tambon or village code (a village shows its tambon's teams); "
                    + "kind filters SMILE_TEAM or OPERATIONS_TEAM. Areas outside the caller's own are empty.")
    public Uni<Page<Summary>> find(@QueryParam("area") String area, @QueryParam("kind") String kindName,
                                   @QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        int size = PageSize.of(limit);
        TeamKind kind = QueryParams.enumValue(TeamKind.class, kindName, "kind");
        AreaPath path = QueryParams.area(areas, area);
        if (!caller.mayAct(path)) {
            return Uni.createFrom().item(new Page<>(List.of(), null));
        }
        return search.find(path, kind, after, size + 1).map(rows -> Page.of(rows, size, Summary::teamId));
    }

    @GET
    @Path("/vocabulary")
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY,
            Roles.ANALYST})
    @Operation(summary = "Team kinds with their composition rules, and member roles, in Thai and English")
    public Vocabulary vocabulary() {
        return new Vocabulary(
                Arrays.stream(TeamKind.values()).map(k -> new KindEntry(k.label(), TeamComposition.rule(k))).toList(),
                Arrays.stream(MemberRole.values()).map(r -> new RoleEntry(r.label(), r.leadsCommunity())).toList());
    }

    public record Vocabulary(List<KindEntry> kinds, List<RoleEntry> roles) {
    }

    public record KindEntry(Label kind, String compositionRule) {
    }

    public record RoleEntry(Label role, boolean leadsCommunity) {
    }

    @GET
    @Path("/{teamId}")
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY,
            Roles.ANALYST})
    @Operation(summary = "One team with its members now and before; the ETag is its version")
    public Uni<Response> get(@PathParam("teamId") String teamId) {
        return teams.find(teamId).map(found -> {
            var team = caller.visible(found, Team::area, "Team", teamId);
            return Response.ok(TeamView.of(team.aggregate(), team.version(), areas))
                    .header(HttpHeaders.ETAG, Versions.etag(team.version()))
                    .build();
        });
    }

    @GET
    @Path("/{teamId}/history")
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Every event of the team, oldest first, with who, when and why")
    @ShowsFreeText
    public Uni<List<HistoryEntry>> history(@PathParam("teamId") String teamId) {
        return teams.find(teamId).flatMap(found -> {
            caller.visible(found, Team::area, "Team", teamId);
            return teams.history(teamId).map(events -> events.stream().map(HistoryEntry::of).toList());
        });
    }
}
