package th.poverty.team.cap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import th.poverty.area.AreaLevel;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.domain.Thailand;
import th.poverty.web.Caller;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;

@Path("/api/v1/care/caps/{provinceCode}")
@Tag(name = "Care (ดูแลชีวิต)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CarerCapResource {

    private final CarerCaps caps;
    private final Areas areas;
    private final Caller caller;
    private final Clock clock;

    public CarerCapResource(CarerCaps caps, Areas areas, Caller caller, Clock clock) {
        this.caps = caps;
        this.areas = areas;
        this.caller = caller;
        this.clock = clock;
    }

    @Schema(description = "A province's cap: households per carer, from a date on (the guideline's 1 to 3 'for example')")
    public record CapRequest(@NotNull @Min(1) @Max(CarerCap.MOST_HOUSEHOLDS) Integer households,
                             @NotNull LocalDate effectiveFrom, @NotBlank @Size(max = 2000) String reason) {
    }

    /** The cap in force today (3 unless the province set another) and every change the province made. */
    public record CapView(String provinceCode, int households, List<Change> changes) {

        public record Change(int households, LocalDate effectiveFrom) {
        }

        static CapView of(CarerCap cap, LocalDate today) {
            return new CapView(cap.provinceCode(), cap.on(today), cap.byDate().entrySet().stream()
                    .map(e -> new Change(e.getValue(), e.getKey())).toList());
        }
    }

    @GET
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY,
            Roles.PARTNER_AGENCY, Roles.ANALYST})
    @Operation(summary = "The province's carer cap in force today, and its changes")
    public Uni<CapView> get(@PathParam("provinceCode") String provinceCode) {
        province(provinceCode);
        // the province's own people, from a village up, and those above it
        String area = caller.area();
        if (area == null || !(area.startsWith(provinceCode) || provinceCode.startsWith(area))) {
            throw ProblemException.notFound("Province", provinceCode);
        }
        return caps.of(provinceCode).map(cap -> CapView.of(cap, Thailand.today(clock)));
    }

    @PUT
    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Set the province's carer cap from a date on (CarerCapSet)",
            description = "A lower cap releases no carer's households; it refuses new assignments above it.")
    public Uni<CapView> set(@PathParam("provinceCode") String provinceCode, @NotNull @Valid CapRequest request) {
        caller.requireArea(province(provinceCode));
        return caps.set(provinceCode, request.households(), request.effectiveFrom(), caller, request.reason())
                .map(set -> CapView.of(set.aggregate(), Thailand.today(clock)));
    }

    private AreaPath province(String code) {
        return areas.pathOf(code).filter(path -> path.level() == AreaLevel.PROVINCE)
                .orElseThrow(() -> ProblemException.notFound("Province", code));
    }
}
