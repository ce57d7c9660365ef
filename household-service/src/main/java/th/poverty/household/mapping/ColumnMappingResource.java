package th.poverty.household.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.area.AreaLevel;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.domain.Label;
import th.poverty.web.Caller;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;
import th.poverty.web.Versions;

/**
 * A province's column mappings: how the exports of the systems its offices use name the fields
 * of the files this service imports. The province's officers keep them; its districts upload
 * with them.
 */
@Path(ColumnMappingResource.PATH + "/{provinceCode}")
@Tag(name = "Identify (ชี้เป้าชีวิต)")
@Produces(MediaType.APPLICATION_JSON)
public class ColumnMappingResource {

    static final String PATH = "/api/v1/column-mappings";

    private final ColumnMappings mappings;
    private final Areas areas;
    private final Pool pool;
    private final Caller caller;

    public ColumnMappingResource(ColumnMappings mappings, Areas areas, Pool pool, Caller caller) {
        this.mappings = mappings;
        this.areas = areas;
        this.pool = pool;
        this.caller = caller;
    }

    @Schema(description = "A column mapping as saved: its latest version, which the ETag names")
    public record MappingView(
            String provinceCode,
            @Schema(example = "thaiqm") String name,
            long version,
            Label kind,
            String description,
            @Schema(description = "Uploads of its kind from the province that name no mapping read by it")
            boolean isDefault,
            @Schema(description = "Field (its standard column name) to where the file holds it")
            Map<String, FieldSource> fields,
            String savedBy,
            Instant savedAt) {

        static MappingView of(ColumnMapping mapping, boolean isDefault) {
            return new MappingView(mapping.provinceCode(), mapping.name(), mapping.version(), mapping.kind().label(),
                    mapping.description(), isDefault, mapping.fields(), mapping.savedBy(), mapping.savedAt());
        }
    }

    public record ProvinceMappings(String provinceCode, List<MappingView> mappings) {
    }

    @Schema(description = "A column mapping to save whole")
    public record MappingRequest(
            @NotNull FileKind kind,
            @Size(max = 200) String description,
            @Schema(description = "Make it the province's default for its kind (false: no longer the default)")
            boolean isDefault,
            @NotNull @Size(max = 50) Map<@Size(max = 40) String, @Valid FieldSource> fields) {
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "The province's column mappings, the latest version of each, its defaults marked")
    public Uni<ProvinceMappings> list(@PathParam("provinceCode") String provinceCode) {
        readable(provinceCode);
        return mappings.defaults(pool, provinceCode).flatMap(defaults -> mappings.ofProvince(pool, provinceCode)
                .map(found -> new ProvinceMappings(provinceCode, found.stream()
                        .map(m -> MappingView.of(m, m.name().equals(defaults.get(m.kind())))).toList())));
    }

    @GET
    @Path("/{name}")
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "A column mapping, its version as the ETag")
    public Uni<Response> get(@PathParam("provinceCode") String provinceCode, @PathParam("name") String name) {
        readable(provinceCode);
        return mappings.latest(pool, provinceCode, name).flatMap(found -> {
            ColumnMapping mapping = found.orElseThrow(() -> ProblemException.notFound("Column mapping", name));
            return ok(mapping, Response.Status.OK);
        });
    }

    @PUT
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    @Operation(summary = "Save a column mapping whole, as its next version; If-Match with its version, none the first time",
            description = "Each field of the kind of file (GET /api/v1/file-layouts) is found by a column of the export "
                    + "({\"column\": \"เลขบัตรประชาชน\"}), is the same for every row ({\"value\": \"...\"}), or, for "
                    + "village_code, is made of a tambon code and a หมู่ที่ column ({\"tambonColumn\": \"รหัสตำบล\", "
                    + "\"villageNumberColumn\": \"หมู่ที่\"}). Every required field must be mapped (422 "
                    + "mapping-incomplete names those left out). Jobs record the version they read their file by.")
    public Uni<Response> put(@PathParam("provinceCode") String provinceCode, @PathParam("name") String name,
                             @HeaderParam(Versions.IF_MATCH) String ifMatch, @NotNull @Valid MappingRequest request) {
        caller.requireArea(province(provinceCode));
        if (!ColumnMapping.NAME.matcher(name).matches() || ColumnMapping.STANDARD.equals(name)) {
            throw ProblemException.badRequest("name", "A mapping's name is 1 to 40 lower-case letters, digits and dashes, "
                    + "and not \"" + ColumnMapping.STANDARD + "\" (the standard columns)");
        }
        var draft = new ColumnMappings.Draft(request.kind(), request.description(), request.fields(), request.isDefault());
        return mappings.save(provinceCode, name, ifMatch, draft, caller)
                .flatMap(saved -> ok(saved, saved.version() == 1 ? Response.Status.CREATED : Response.Status.OK));
    }

    private Uni<Response> ok(ColumnMapping mapping, Response.Status status) {
        return mappings.defaults(pool, mapping.provinceCode()).map(defaults -> Response.status(status)
                .entity(MappingView.of(mapping, mapping.name().equals(defaults.get(mapping.kind()))))
                .header(HttpHeaders.ETAG, Versions.etag(mapping.version()))
                .build());
    }

    /** The province's own officers, from a district up, and those above it read its mappings; to others it does not exist. */
    private void readable(String provinceCode) {
        AreaPath province = province(provinceCode);
        String area = caller.area();
        if (area == null || !(province.within(area) || area.startsWith(provinceCode))) {
            throw ProblemException.notFound("Province", provinceCode);
        }
    }

    private AreaPath province(String code) {
        return areas.pathOf(code).filter(path -> path.level() == AreaLevel.PROVINCE)
                .orElseThrow(() -> ProblemException.notFound("Province", code));
    }
}
