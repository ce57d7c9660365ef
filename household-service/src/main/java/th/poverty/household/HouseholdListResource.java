package th.poverty.household;

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
import th.poverty.domain.Page;
import th.poverty.household.HouseholdSearch.Cursor;
import th.poverty.household.HouseholdSearch.Summary;
import th.poverty.web.Caller;
import th.poverty.web.ListedArea;
import th.poverty.web.PageSize;
import th.poverty.web.QueryParams;
import th.poverty.web.Roles;

@Path("/api/v1/households")
@Tag(name = "Households")
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdListResource {

    private final HouseholdSearch search;
    private final Areas areas;
    private final Caller caller;

    public HouseholdListResource(HouseholdSearch search, Areas areas, Caller caller) {
        this.search = search;
        this.areas = areas;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Find households by area (province, district, tambon or village code), status and group",
            description = "Without area, the caller's own area. In area order (province, district, tambon, village),"
                    + " a page at a time: pass next as after.")
    public Uni<Page<Summary>> find(@QueryParam("area") String area, @QueryParam("status") String statusName,
                                   @QueryParam("group") String groupName, @QueryParam("after") String after,
                                   @QueryParam("limit") Integer limit) {
        int size = PageSize.of(limit);
        HouseholdStatus status = QueryParams.enumValue(HouseholdStatus.class, statusName, "status");
        HouseholdGroup group = QueryParams.enumValue(HouseholdGroup.class, groupName, "group");
        Cursor from = Cursor.parse(after);
        return ListedArea.of(areas, caller, area)
                .map(listed -> search.find(listed.path(), status, group, from, size + 1)
                        .map(rows -> Page.of(rows, size, Summary::cursor)))
                .orElseGet(() -> Uni.createFrom().item(new Page<>(List.of(), null)));
    }
}
