package th.poverty.plan.problems;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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
import th.poverty.area.AreaLevel;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.domain.Versioned;
import th.poverty.web.Caller;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;
import th.poverty.web.Versions;

/** A province's routing table: which agency each new problem goes to. A province officer keeps it. */
@Path("/api/v1/routing/{provinceCode}")
@Tag(name = "Problems (ปัญหารายครัวเรือน)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RoutingResource {

    private final RoutingTables tables;
    private final Areas areas;
    private final Pool pool;
    private final Caller caller;

    public RoutingResource(RoutingTables tables, Areas areas, Pool pool, Caller caller) {
        this.tables = tables;
        this.areas = areas;
        this.pool = pool;
        this.caller = caller;
    }

    public record TableView(String provinceCode, List<RoutingTable.Rule> rules, long version) {
    }

    @GET
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY})
    @Operation(summary = "The province's routing table, with its version as the ETag (none: never set)")
    public Uni<Response> get(@PathParam("provinceCode") String provinceCode) {
        AreaPath province = province(provinceCode);
        String area = caller.area();
        // the province's own people, from a village up, and those above it
        if (area == null || !(province.within(area) || area.startsWith(provinceCode))) {
            throw ProblemException.notFound("Province", provinceCode);
        }
        return tables.of(pool, provinceCode).map(RoutingResource::ok);
    }

    @PUT
    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Set the province's routing table, whole (RoutingTableSet); If-Match with its version, none the "
            + "first time",
            description = "Problems found from now on are routed by it; problems already routed stay where they are.")
    public Uni<Response> put(@PathParam("provinceCode") String provinceCode, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                             @NotNull @Valid ProblemRequests.Table table) {
        caller.requireArea(province(provinceCode));
        long expected = ifMatch == null ? 0 : Versions.required(ifMatch);
        var rules = table.rules().stream().map(ProblemRequests.Rule::toRule).toList();
        return tables.set(provinceCode, expected, rules, caller, table.reason()).map(RoutingResource::ok);
    }

    private AreaPath province(String code) {
        return areas.pathOf(code).filter(path -> path.level() == AreaLevel.PROVINCE)
                .orElseThrow(() -> ProblemException.notFound("Province", code));
    }

    private static Response ok(Versioned<RoutingTable> table) {
        var response = Response.ok(new TableView(table.aggregate().provinceCode(), table.aggregate().rules(), table.version()));
        return (table.version() == 0 ? response : response.header(HttpHeaders.ETAG, Versions.etag(table.version()))).build();
    }
}
