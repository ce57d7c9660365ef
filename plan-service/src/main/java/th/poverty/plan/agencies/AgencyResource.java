package th.poverty.plan.agencies;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import th.poverty.area.Areas;
import th.poverty.domain.Dimension;
import th.poverty.domain.Label;
import th.poverty.domain.Labelled;
import th.poverty.domain.Versioned;
import th.poverty.domain.WelfareNeed;
import th.poverty.plan.compass.AssistanceKind;
import th.poverty.web.Caller;
import th.poverty.web.ProblemException;
import th.poverty.web.QueryParams;
import th.poverty.web.Roles;
import th.poverty.web.Versions;

/**
 * The registry of agencies (ภาคีการพัฒนา): a province keeps its own, the ministry the national
 * ones. Problems, welfare referrals and assistance name an agency by its code from here.
 */
@Path("/api/v1/agencies")
@Tag(name = "Agencies (ภาคีการพัฒนา)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    private final Agencies agencies;
    private final Areas areas;
    private final Caller caller;

    public AgencyResource(Agencies agencies, Areas areas, Caller caller) {
        this.agencies = agencies;
        this.areas = areas;
        this.caller = caller;
    }

    @Schema(description = "An agency's details: its names, the level it works at and the area it serves there "
            + "(\"\" for a national agency), the dimensions of problems, kinds of help and welfare needs it serves")
    public record AgencyRequest(@NotBlank @Size(max = 200) String nameTh, @NotBlank @Size(max = 200) String nameEn,
                                @NotNull AgencyLevel level, @NotNull @Size(max = 6) String areaCode,
                                @NotNull @Size(max = 5) Set<@NotNull Dimension> dimensions,
                                @NotNull @Size(max = 10) Set<@NotNull AssistanceKind> helpKinds,
                                @NotNull @Size(max = 10) Set<@NotNull WelfareNeed> welfareNeeds,
                                @NotBlank @Size(max = 2000) String reason) {
    }

    public record AgencyView(String code, String nameTh, String nameEn, Label level, String areaCode,
                             List<Label> dimensions, List<Label> helpKinds, List<Label> welfareNeeds, long version) {

        static AgencyView of(Versioned<Agency> versioned) {
            Agency a = versioned.aggregate();
            return new AgencyView(a.code(), a.nameTh(), a.nameEn(), a.level().label(), a.areaCode(), labels(a.dimensions()),
                    labels(a.helpKinds()), labels(a.welfareNeeds()), versioned.version());
        }

        private static <E extends Enum<E> & Labelled> List<Label> labels(Set<E> values) {
            return values.stream().sorted().map(Labelled::label).toList();
        }
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Register an agency (AgencyRegistered), or change its details with If-Match (AgencyDetailsChanged)",
            description = "A province officer keeps the agencies serving within the province; the ministry any agency.")
    public Uni<Response> put(@PathParam("code") String code, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                             @NotNull @Valid AgencyRequest request) {
        agencies.requireWithin(caller, request.areaCode());
        var details = new Agency(code, request.nameTh().strip(), request.nameEn().strip(), request.level(),
                request.areaCode(), request.dimensions(), request.helpKinds(), request.welfareNeeds());
        Long expected = ifMatch == null ? null : Versions.required(ifMatch);
        return agencies.put(details, expected, caller, request.reason()).map(AgencyResource::ok);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY,
            Roles.ANALYST})
    @Operation(summary = "An agency of the registry, with its version as the ETag")
    public Uni<Response> get(@PathParam("code") String code) {
        return agencies.find(code).map(found -> ok(found.orElseThrow(() -> ProblemException.notFound("Agency", code))));
    }

    @GET
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY,
            Roles.ANALYST})
    @Operation(summary = "The agencies serving an area: those of the area, below it and above it up to the national ones",
            description = "dimension keeps those serving one dimension of problems.")
    public Uni<List<AgencyView>> serving(@QueryParam("area") String area, @QueryParam("dimension") String dimension) {
        return agencies.serving(QueryParams.area(areas, area), QueryParams.enumValue(Dimension.class, dimension, "dimension"))
                .map(list -> list.stream().map(AgencyView::of).toList());
    }

    private static Response ok(Versioned<Agency> agency) {
        return Response.ok(AgencyView.of(agency)).header(HttpHeaders.ETAG, Versions.etag(agency.version())).build();
    }
}
