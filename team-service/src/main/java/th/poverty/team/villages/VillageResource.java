package th.poverty.team.villages;

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
import th.poverty.domain.Page;
import th.poverty.web.Caller;
import th.poverty.web.HistoryEntry;
import th.poverty.web.PageSize;
import th.poverty.web.QueryParams;
import th.poverty.web.Roles;
import th.poverty.web.ShowsFreeText;
import th.poverty.web.Versions;

/** The registry as everyone who works with villages reads it: names, หมู่ที่ and whether each still exists. */
@Path("/api/v1/villages")
@Tag(name = "Villages (หมู่บ้าน)")
@Produces(MediaType.APPLICATION_JSON)
public class VillageResource {

    private final Villages villages;
    private final VillageRegistry registry;
    private final Areas areas;
    private final Caller caller;

    public VillageResource(Villages villages, VillageRegistry registry, Areas areas, Caller caller) {
        this.villages = villages;
        this.registry = registry;
        this.areas = areas;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY,
            Roles.ANALYST})
    @Operation(summary = "The registered villages of a province, district or tambon, in code order",
            description = "status filters ACTIVE or RETIRED. Each village carries its version for If-Match. A province "
                    + "with no list loaded has none. Areas outside the caller's own are empty.")
    public Uni<Page<VillageView>> find(@QueryParam("area") String area, @QueryParam("status") String statusName,
                                       @QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        int size = PageSize.of(limit);
        VillageStatus status = QueryParams.enumValue(VillageStatus.class, statusName, "status");
        AreaPath path = QueryParams.area(areas, area);
        if (!caller.mayAct(path)) {
            return Uni.createFrom().item(new Page<>(List.of(), null));
        }
        return registry.find(path, status, after, size + 1).map(rows -> Page.of(
                rows.stream().map(v -> VillageView.of(v.aggregate(), v.version(), areas)).toList(), size,
                VillageView::villageCode));
    }

    @GET
    @Path("/{villageCode}")
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY,
            Roles.ANALYST})
    @Operation(summary = "One registered village; the ETag is its version")
    public Uni<Response> get(@PathParam("villageCode") String villageCode) {
        return villages.find(villageCode).map(found -> {
            var village = caller.visible(found, Village::area, "Village", villageCode);
            return Response.ok(VillageView.of(village.aggregate(), village.version(), areas))
                    .header(HttpHeaders.ETAG, Versions.etag(village.version()))
                    .build();
        });
    }

    @GET
    @Path("/{villageCode}/history")
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Every event of the village, oldest first, with who, when and why")
    @ShowsFreeText
    public Uni<List<HistoryEntry>> history(@PathParam("villageCode") String villageCode) {
        return villages.find(villageCode).flatMap(found -> {
            caller.visible(found, Village::area, "Village", villageCode);
            return villages.history(villageCode).map(events -> events.stream().map(HistoryEntry::of).toList());
        });
    }
}
