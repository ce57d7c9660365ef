package th.poverty.team.coverage;

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
import th.poverty.web.Caller;
import th.poverty.web.QueryParams;
import th.poverty.web.Roles;

/** Coverage views for offices, partners and analysts: figures and names of officials, no household data. */
@Path("/api/v1/care")
@Tag(name = "Care (ดูแลชีวิต)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY,
        Roles.ANALYST})
public class CoverageResource {

    private final Coverage coverage;
    private final Areas areas;
    private final Caller caller;

    public CoverageResource(Coverage coverage, Areas areas, Caller caller) {
        this.coverage = coverage;
        this.areas = areas;
        this.caller = caller;
    }

    @GET
    @Path("/coverage")
    @Operation(summary = "Households with and without a carer, carers and their free places, and teams, for an area and "
            + "each area one level down")
    public Uni<CoverageView> coverage(@QueryParam("area") String area) {
        AreaPath path = visible(area);
        return coverage.of(path).map(figures -> CoverageView.of(area, figures, areas));
    }

    @GET
    @Path("/leaders")
    @Operation(summary = "Community leaders per village, against the guideline's one leader per two villages on average")
    public Uni<LeadersView> leaders(@QueryParam("area") String area) {
        AreaPath path = visible(area);
        return coverage.villages(path).map(villages -> LeadersView.of(area, villages, areas));
    }

    private AreaPath visible(String area) {
        AreaPath path = QueryParams.area(areas, area);
        caller.requireArea(path);
        return path;
    }
}
