package th.poverty.reporting.progress;

import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import th.poverty.reporting.rollup.ReportArea;
import th.poverty.reporting.rollup.ReportAreas;
import th.poverty.web.Caller;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;

@Path("/api/v1/areas/{code}/progress")
@Tag(name = "Area progress (ติดตามและประเมินผล)")
@Produces(MediaType.APPLICATION_JSON)
public class AreaProgressResource {

    private final ReportAreas areas;
    private final AreaCounts counts;
    private final Caller caller;

    public AreaProgressResource(ReportAreas areas, AreaCounts counts, Caller caller) {
        this.areas = areas;
        this.counts = counts;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.MINISTRY, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.FIELD_TEAM, Roles.ANALYST})
    @Operation(summary = "Households identified in an area, in total and by source",
            description = "The area is a province (2 digits), district (4), tambon (6) or village (8), or TH for the "
                    + "whole country. Areas outside the caller's area are not found.")
    public Uni<AreaProgress> progress(@PathParam("code") @Parameter(example = "24") String code) {
        ReportArea area = visibleArea(code);
        return counts.of(area.code()).map(found -> AreaProgress.of(area, found));
    }

    @GET
    @Path("/children")
    @RolesAllowed({Roles.MINISTRY, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.FIELD_TEAM, Roles.ANALYST})
    @Operation(summary = "The progress of each child of an area: the next level down",
            description = "The country's provinces, a province's districts and a district's tambons, counted or not; "
                    + "a tambon's villages once they have counted households; none for a village.")
    public Uni<ChildrenProgress> children(@PathParam("code") @Parameter(example = "24") String code) {
        ReportArea area = visibleArea(code);
        return counts.ofChildren(area.code()).map(counted -> {
            Map<String, ReportArea> children = new TreeMap<>();
            areas.listedChildren(area.code()).forEach(child -> children.put(child.code(), child));
            counted.keySet().forEach(child -> areas.find(child).ifPresent(found -> children.putIfAbsent(child, found)));
            return new ChildrenProgress(area, children.values().stream()
                    .map(child -> AreaProgress.of(child, counted.getOrDefault(child.code(), Counts.NONE)))
                    .toList());
        });
    }

    /** An area outside the caller's area is not found, as if it did not exist. */
    private ReportArea visibleArea(String code) {
        if (!ReportAreas.isWellFormed(code)) {
            throw ProblemException.badRequest("code",
                    "An area code is TH (the whole country) or a province, district, tambon or village code of 2, 4, 6 or 8 digits");
        }
        return areas.find(code)
                .filter(area -> areas.visibleWithin(caller.area(), area.code()))
                .orElseThrow(() -> ProblemException.notFound("Area", code));
    }
}
