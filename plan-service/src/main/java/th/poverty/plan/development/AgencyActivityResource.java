package th.poverty.plan.development;

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
import th.poverty.plan.development.AgencyActivities.Addressed;
import th.poverty.web.Caller;
import th.poverty.web.PageSize;
import th.poverty.web.ProblemException;
import th.poverty.web.QueryParams;
import th.poverty.web.Roles;

/**
 * The compass activities addressed to an agency: a partner agency's own (its token's agency code),
 * or, for a district, a province or the ministry, one agency's within their area.
 */
@Path("/api/v1/agency-activities")
@Tag(name = "Partner assistance (ภาคีการพัฒนา)")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyActivityResource {

    private final AgencyActivities activities;
    private final Areas areas;
    private final Caller caller;

    public AgencyActivityResource(AgencyActivities activities, Areas areas, Caller caller) {
        this.activities = activities;
        this.areas = areas;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.PARTNER_AGENCY, Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "The open compasses' agency activities addressed to an agency, the soonest due first",
            description = "A partner agency reads its own (area narrows them); anyone else names the agency and an area "
                    + "of theirs. Each carries the plan's version, for recording the help delivered with If-Match.")
    public Uni<List<Addressed>> addressed(@QueryParam("agency") String agency, @QueryParam("area") String area,
                                          @QueryParam("limit") Integer limit) {
        int size = PageSize.of(limit);
        if (Roles.PARTNER_AGENCY.equals(caller.role())) {
            return activities.of(caller.ownAgency(agency), area == null || area.isBlank() ? null : QueryParams.area(areas, area), size);
        }
        if (agency == null || agency.isBlank()) {
            throw ProblemException.badRequest("agency", "Name the agency, by its registry code");
        }
        AreaPath path = QueryParams.area(areas, area);
        if (!caller.mayAct(path)) {
            return Uni.createFrom().item(List.of());
        }
        return activities.of(agency.strip(), path, size);
    }
}
