package th.poverty.household.forum;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.area.IdentityHasher;
import th.poverty.domain.Page;
import th.poverty.household.forum.Forums.ForumSummary;
import th.poverty.household.nomination.NominationResource;
import th.poverty.household.nomination.Nominee;
import th.poverty.web.Caller;
import th.poverty.web.ListedArea;
import th.poverty.web.PageSize;
import th.poverty.web.Roles;

@Path("/api/v1/forums")
@Tag(name = "Identify (ชี้เป้าชีวิต)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
public class ForumResource {

    private final Forums forums;
    private final IdentityHasher hasher;
    private final Pool pool;
    private final Caller caller;
    private final Areas areas;

    public ForumResource(Forums forums, IdentityHasher hasher, Pool pool, Caller caller, Areas areas) {
        this.forums = forums;
        this.hasher = hasher;
        this.pool = pool;
        this.caller = caller;
        this.areas = areas;
    }

    @POST
    @Operation(summary = "Record a village forum: candidates confirmed and dismissed, households nominated",
            description = "One transaction: each confirmed candidate gets CandidateConfirmed, each dismissed one "
                    + "CandidateDismissed, each nomination HouseholdIdentified (COMMUNITY_FORUM), and the forum ForumHeld. "
                    + "Every household must be a candidate of the forum's village; one refusal refuses the record. "
                    + "Send Idempotency-Key to make retries safe.")
    public Uni<Response> hold(@NotNull @Valid ForumRecord record) {
        List<Nominee> nominees = new ArrayList<>();
        for (int i = 0; i < record.nominated().size(); i++) {
            ForumRecord.Nominated nominated = record.nominated().get(i);
            nominees.add(Nominee.of(nominated.head(), nominated.houseNumber(), nominated.address(), hasher,
                    "nominated[" + i + "]."));
        }
        AreaPath village = NominationResource.village(areas, record.villageCode());
        caller.requireArea(village);
        return pool.withTransaction(tx -> forums.hold(tx, record, village, nominees, caller))
                .map(id -> Response.created(URI.create("/api/v1/forums/" + id))
                        .entity(new ForumRecorded(id))
                        .build());
    }

    /** The forum's id. */
    public record ForumRecorded(String forumId) {
    }

    @GET
    @Path("/{forumId}")
    @Operation(summary = "A forum's record: the households it confirmed, dismissed and nominated")
    public Uni<ForumView> get(@PathParam("forumId") String forumId) {
        return forums.find(forumId)
                .map(found -> ForumView.of(caller.visible(found, Forum::village, "Forum", forumId).aggregate(), areas));
    }

    @GET
    @Operation(summary = "The forums held in an area, most recently recorded first",
            description = "Without area, the caller's own area. A page at a time: pass next as after.")
    public Uni<Page<ForumSummary>> list(@QueryParam("area") String area, @QueryParam("after") String after,
                                        @QueryParam("limit") Integer limit) {
        int size = PageSize.of(limit);
        return ListedArea.of(areas, caller, area)
                .map(listed -> forums.held(listed.path(), after, size + 1)
                        .map(rows -> Page.of(rows, size, ForumSummary::forumId)))
                .orElseGet(() -> Uni.createFrom().item(new Page<>(List.of(), null)));
    }
}
