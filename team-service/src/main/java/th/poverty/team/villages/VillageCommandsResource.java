package th.poverty.team.villages;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.area.AreaLevel;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.domain.Versioned;
import th.poverty.team.villages.VillageCommand.Rename;
import th.poverty.team.villages.VillageCommand.Retire;
import th.poverty.team.villages.VillageRequests.Registration;
import th.poverty.team.villages.VillageRequests.Renaming;
import th.poverty.team.villages.VillageRequests.Retiring;
import th.poverty.web.Caller;
import th.poverty.web.Problem;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;
import th.poverty.web.Versions;

/**
 * The province office loads its village list; district offices (and the offices above them) add,
 * rename and retire their villages. A change names the version it read ({@code If-Match}: 428
 * without, 412 when stale); a broken rule is 409, a wrong value 422, and nothing is written.
 */
@Path("/api/v1/villages")
@Tag(name = "Villages (หมู่บ้าน)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
public class VillageCommandsResource {

    private final Villages villages;
    private final VillageListUpload upload;
    private final Pool pool;
    private final Areas areas;
    private final Caller caller;

    public VillageCommandsResource(Villages villages, VillageListUpload upload, Pool pool, Areas areas,
                                   Caller caller) {
        this.villages = villages;
        this.upload = upload;
        this.pool = pool;
        this.areas = areas;
        this.caller = caller;
    }

    @POST
    @Path("/lists/{provinceCode}")
    @Consumes("text/csv")
    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Load the province's village list (CSV, UTF-8)",
            description = "Columns village_code (or tambon_code and moo), name_th, optionally name_en; others are left "
                    + "alone. Each village in the province is registered (VillageRegistered), renamed when its name "
                    + "changed (VillageRenamed) or left as it is, all in one transaction; the same list uploaded again "
                    + "changes nothing. Rows outside the province, with an unknown tambon, a code listed twice, a retired "
                    + "village or a bad name are refused and listed with their row number and why. notInFile names the "
                    + "registered villages the list leaves out: the list retires none. dryRun=true answers the same "
                    + "and writes nothing.")
    public Uni<VillageListUpload.Outcome> uploadList(@PathParam("provinceCode") String provinceCode,
                                                     @QueryParam("dryRun") String dryRun,
                                                     @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type, byte[] file) {
        AreaPath province = areas.pathOf(provinceCode).filter(path -> path.level() == AreaLevel.PROVINCE)
                .orElseThrow(() -> ProblemException.notFound("Province", provinceCode));
        caller.requireArea(province);
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ProblemException(Problem.of(415, "unsupported-charset", "Unsupported character set",
                    "A village list is read as UTF-8; charset=" + charset + " is not").withField(HttpHeaders.CONTENT_TYPE));
        }
        return upload.upload(province, file, caller, flag(dryRun));
    }

    @POST
    @Operation(summary = "Add a village the province's list lacks (VillageRegistered)",
            description = "Send Idempotency-Key to make retries safe. A code registered before, even one retired since, is refused (409).")
    public Uni<Response> register(@NotNull @Valid Registration registration) {
        areas.pathOf(registration.villageCode()).ifPresent(caller::requireArea);
        var metadata = caller.metadata(registration.reason(), registration.villageCode());
        return pool.withTransaction(tx -> villages.register(tx, registration.villageCode(),
                        registration.nameTh(), registration.nameEn(), metadata))
                .flatMap(id -> villages.find(id).map(found -> {
                    var village = found.orElseThrow();
                    var response = Response.created(URI.create("/api/v1/villages/" + id));
                    return response.entity(VillageView.of(village.aggregate(), village.version(), areas))
                            .header(HttpHeaders.ETAG, Versions.etag(village.version()))
                            .build();
                }));
    }

    @POST
    @Path("/{villageCode}/renaming")
    @Operation(summary = "Rename a village (VillageRenamed)")
    public Uni<Response> rename(@PathParam("villageCode") String villageCode, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                @NotNull @Valid Renaming renaming) {
        return run(villageCode, ifMatch, new Rename(renaming.nameTh(), renaming.nameEn()), renaming.reason());
    }

    @POST
    @Path("/{villageCode}/retirement")
    @Operation(summary = "Retire a village that was merged into another of the district or dissolved (VillageRetired)",
            description = "Its code is never registered again. Households and leaders still in it keep it in coverage "
                    + "until they are moved.")
    public Uni<Response> retire(@PathParam("villageCode") String villageCode, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                @NotNull @Valid Retiring retiring) {
        return run(villageCode, ifMatch, new Retire(retiring.retirement(), retiring.mergedInto(), retiring.retiredOn()),
                retiring.reason());
    }

    private Uni<Response> run(String villageCode, String ifMatch, VillageCommand command, String reason) {
        long expected = Versions.required(ifMatch);
        return villages.handle(villageCode, expected, command, caller, reason).map(this::respond);
    }

    private Response respond(Versioned<Village> village) {
        return Response.ok(VillageView.of(village.aggregate(), village.version(), areas))
                .header(HttpHeaders.ETAG, Versions.etag(village.version()))
                .build();
    }

    /** A yes-or-no query parameter read strictly: a misspelt dryRun must not write. */
    private static boolean flag(String raw) {
        if (raw == null || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        throw ProblemException.badRequest("dryRun", "dryRun is true or false");
    }
}
