package th.poverty.team.care;

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
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.domain.Page;
import th.poverty.team.household.CareHouseholds.AwaitingCarer;
import th.poverty.team.household.CareHouseholds;
import th.poverty.web.Caller;
import th.poverty.web.PageSize;
import th.poverty.web.QueryParams;
import th.poverty.web.Roles;

@Path("/api/v1/care/awaiting-carer")
@Tag(name = "Care (ดูแลชีวิต)")
@Produces(MediaType.APPLICATION_JSON)
public class AwaitingCarerResource {

    private final CareHouseholds careHouseholds;
    private final Areas areas;
    private final Caller caller;

    public AwaitingCarerResource(CareHouseholds careHouseholds, Areas areas, Caller caller) {
        this.careHouseholds = careHouseholds;
        this.areas = areas;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Households in an area that still wait for a carer",
            description = "area is a province (2 digits), district (4), tambon (6) or village (8) code. "
                    + "Areas outside the caller's own are empty.")
    public Uni<Page<AwaitingCarer>> awaitingCarer(@QueryParam("area") String area, @QueryParam("after") String after,
                                                  @QueryParam("limit") Integer limit) {
        AreaPath path = QueryParams.area(areas, area);
        int size = PageSize.of(limit);
        if (!caller.mayAct(path)) {
            return Uni.createFrom().item(new Page<>(List.of(), null));
        }
        return careHouseholds.awaitingCarer(area, path.level(), after, size + 1)
                .map(rows -> Page.of(rows, size, AwaitingCarer::householdId));
    }
}
