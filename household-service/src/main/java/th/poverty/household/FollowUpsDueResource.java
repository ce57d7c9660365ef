package th.poverty.household;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import th.poverty.area.Areas;
import th.poverty.domain.Thailand;
import th.poverty.web.Caller;
import th.poverty.web.ListedArea;
import th.poverty.web.PageSize;
import th.poverty.web.Roles;

/** The graduates to follow up: a path of its own, so that no household id can shadow it. */
@Path("/api/v1/households/follow-ups-due")
@Tag(name = "Monitoring (ติดตามและประเมินผล)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
public class FollowUpsDueResource {

    private final FollowUpsDue followUps;
    private final Areas areas;
    private final Caller caller;
    private final Clock clock;

    public FollowUpsDueResource(FollowUpsDue followUps, Areas areas, Caller caller, Clock clock) {
        this.followUps = followUps;
        this.areas = areas;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Graduates whose 6- or 12-month follow-up falls due within the next month, earliest first",
            description = "Without area, the caller's own area. Record each with POST /api/v1/households/{id}/follow-ups.")
    public Uni<List<FollowUpsDue.Due>> due(@QueryParam("area") String area, @QueryParam("limit") Integer limit) {
        int size = PageSize.of(limit);
        return ListedArea.of(areas, caller, area)
                .map(listed -> followUps.by(listed.path(), Thailand.today(clock).plusMonths(1), size))
                .orElseGet(() -> Uni.createFrom().item(List.of()));
    }
}
