package th.poverty.team.carer;

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
import th.poverty.team.carer.CarerSearch.Load;
import th.poverty.web.Caller;
import th.poverty.web.HistoryEntry;
import th.poverty.web.PageSize;
import th.poverty.web.QueryParams;
import th.poverty.web.Roles;
import th.poverty.web.ShowsFreeText;
import th.poverty.web.Versions;

@Path("/api/v1/carers")
@Tag(name = "Carers (ผู้ดูแลครัวเรือน)")
@Produces(MediaType.APPLICATION_JSON)
public class CarerResource {

    private final Carers carers;
    private final CarerSearch search;
    private final Areas areas;
    private final Caller caller;

    public CarerResource(Carers carers, CarerSearch search, Areas areas, Caller caller) {
        this.carers = carers;
        this.search = search;
        this.areas = areas;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY,
            Roles.ANALYST})
    @Operation(summary = "Carers and their load in an area",
            description = "area is a province, district, tambon or village code; withRoom=true keeps carers who may take "
                    + "another household, false those at the limit of three. Areas outside the caller's own are empty.")
    public Uni<Page<Load>> find(@QueryParam("area") String area, @QueryParam("withRoom") Boolean withRoom,
                                @QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        int size = PageSize.of(limit);
        AreaPath path = QueryParams.area(areas, area);
        if (!caller.mayAct(path)) {
            return Uni.createFrom().item(new Page<>(List.of(), null));
        }
        return search.find(path, withRoom, after, size + 1).map(rows -> Page.of(rows, size, Load::carerId));
    }

    @GET
    @Path("/{carerId}")
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY,
            Roles.ANALYST})
    @Operation(summary = "One carer with the households cared for now; the ETag is its version")
    public Uni<Response> get(@PathParam("carerId") String carerId) {
        return carers.find(carerId).flatMap(found -> {
            var carer = caller.visible(found, Carer::area, "Carer", carerId);
            return carers.view(carer).map(view -> Response.ok(view)
                    .header(HttpHeaders.ETAG, Versions.etag(carer.version()))
                    .build());
        });
    }

    @GET
    @Path("/{carerId}/history")
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Every event of the carer, oldest first, with who, when and why")
    @ShowsFreeText
    public Uni<List<HistoryEntry>> history(@PathParam("carerId") String carerId) {
        return carers.find(carerId).flatMap(found -> {
            caller.visible(found, Carer::area, "Carer", carerId);
            return carers.history(carerId).map(events -> events.stream().map(HistoryEntry::of).toList());
        });
    }
}
