package th.poverty.plan.development;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.plan.development.DevelopmentPlans.Line;
import th.poverty.web.Caller;
import th.poverty.web.CsvDownload;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;

/**
 * The agency activities and budgets an area's compasses plan, for the development plans of the
 * tambon, district and province (step 3, item 2): by the areas below and by agency, and as a CSV
 * download ({@code …/development-plan.csv}). {@code TH} is the whole country.
 */
@Path("/api/v1/development-plans/{area}")
@Tag(name = "Development plans (แผนพัฒนา)")
public class DevelopmentPlanResource {

    private static final String COUNTRY = "TH";

    private final DevelopmentPlans plans;
    private final Areas areas;
    private final Caller caller;

    public DevelopmentPlanResource(DevelopmentPlans plans, Areas areas, Caller caller) {
        this.plans = plans;
        this.areas = areas;
        this.caller = caller;
    }

    /** An agency's part across the area: its activities, households and budget. */
    public record AgencyTotal(String agency, String agencyNameTh, int activities, int households, BigDecimal budgetThb) {
    }

    public record Summary(String area, List<Line> lines, List<AgencyTotal> byAgency, BigDecimal budgetThb) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.ANALYST})
    @Operation(summary = "The agency activities and budgets the area's open compasses plan, by area below and by agency")
    public Uni<Summary> summary(@PathParam("area") String area) {
        return plans.of(visible(area)).map(lines -> summary(area, lines));
    }

    @GET
    @Path("/development-plan.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.ANALYST})
    @Operation(summary = "The same, as a CSV download: area, agency, its name, activities, households, budget (THB)")
    public Uni<Response> csv(@PathParam("area") String area) {
        return plans.of(visible(area)).map(lines -> {
            List<List<?>> rows = new ArrayList<>();
            rows.add(List.of("area_code", "agency", "agency_name_th", "activities", "households", "budget_thb"));
            lines.forEach(l -> rows.add(Arrays.asList(l.areaCode(), l.agency(), l.agencyNameTh(), l.activities(),
                    l.households(), l.budgetThb())));
            return Response.ok(CsvDownload.of(rows), CsvDownload.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"development-plan-" + area + ".csv\"").build();
        });
    }

    /** The area, if the caller may see it: null for the whole country. */
    private AreaPath visible(String area) {
        if (COUNTRY.equals(area)) {
            caller.requireCountry();
            return null;
        }
        AreaPath path = areas.pathOf(area).orElseThrow(() -> ProblemException.notFound("Area", area));
        if (!caller.mayAct(path)) {
            throw ProblemException.hidden("Area", area);
        }
        return path;
    }

    private static Summary summary(String area, List<Line> lines) {
        Map<String, AgencyTotal> byAgency = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Line line : lines) {
            byAgency.merge(line.agency(), new AgencyTotal(line.agency(), line.agencyNameTh(), line.activities(),
                    line.households(), line.budgetThb()), (a, b) -> new AgencyTotal(a.agency(), a.agencyNameTh(),
                    a.activities() + b.activities(), a.households() + b.households(), a.budgetThb().add(b.budgetThb())));
            total = total.add(line.budgetThb());
        }
        return new Summary(area, lines, List.copyOf(byAgency.values()), total);
    }
}
