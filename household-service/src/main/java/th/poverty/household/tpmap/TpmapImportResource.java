package th.poverty.household.tpmap;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.area.Areas;
import th.poverty.area.FiscalYear;
import th.poverty.domain.Thailand;
import th.poverty.household.bmn.RowOutcomes;
import th.poverty.household.bmn.UploadRules;
import th.poverty.household.imports.Upload;
import th.poverty.household.mapping.ColumnMappings;
import th.poverty.household.mapping.FileKind;
import th.poverty.web.Caller;
import th.poverty.web.Problem;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;

/**
 * TPMAP target lists (รายชื่อคนจนเป้าหมาย), uploaded by district and province officers into their
 * own area, imported in the background, watched as jobs.
 */
@Path(TpmapImportResource.PATH)
@Tag(name = "Identify (ชี้เป้าชีวิต)")
public class TpmapImportResource {

    static final String PATH = "/api/v1/tpmap-imports";
    /** TPMAP's first target lists came from the 2560 (2017) BMN data. */
    static final int FIRST_LIST_YEAR = 2560;
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private final TpmapUploads uploads;
    private final ColumnMappings mappings;
    private final TpmapJobs jobs;
    private final TpmapWorker worker;
    private final Areas areas;
    private final Pool pool;
    private final Caller caller;
    private final Clock clock;

    public TpmapImportResource(TpmapUploads uploads, ColumnMappings mappings, TpmapJobs jobs, TpmapWorker worker,
                               Areas areas, Pool pool, Caller caller, Clock clock) {
        this.uploads = uploads;
        this.mappings = mappings;
        this.jobs = jobs;
        this.worker = worker;
        this.areas = areas;
        this.pool = pool;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Consumes(RowOutcomes.CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Import a TPMAP target list (รายชื่อคนจนเป้าหมาย) of a year",
            description = "The body is the CSV list, one person a row (national_id, village_code and the five dimensions "
                    + "health, living_conditions, education, income, access_to_services: 1 when the person fails it; "
                    + "first_name, last_name, house_number optional; see the README), or another system's export read "
                    + "by a column mapping of your province (mapping=<name>, as for survey files). Imported in the "
                    + "background: 202 with the job in Location. A listed person who heads a household in the "
                    + "programme flags it (TpmapTargetFlagged: plan-service adds a problem per dimension, at once for a "
                    + "verified household, on verification for a candidate); one who does not becomes a candidate "
                    + "household (source TPMAP_LIST, รอตรวจสอบ), flagged. The same list again answers 200 with its job.")
    @RequestBody(content = @Content(mediaType = RowOutcomes.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response upload(@QueryParam("listYear") String listYear, @QueryParam("mapping") String mapping,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body) {
        int year = listYear(listYear);
        UploadRules.requireUtf8(type);
        String area = UploadRules.areaOf(caller);
        var readBy = mappings.forUpload(area, FileKind.TPMAP_LIST, mapping);
        var accepted = uploads.accept(body, new Upload(year, area, caller.subject(), caller.role(),
                caller.correlationId(), Thailand.today(clock), readBy));
        if (accepted.created()) {
            worker.wake();
        }
        TpmapJob job = jobs.find(accepted.jobId()).await().indefinitely().orElseThrow();
        return Response.status(accepted.created() ? Response.Status.ACCEPTED : Response.Status.OK)
                .location(URI.create(PATH + "/" + job.id()))
                .entity(TpmapJobView.of(job))
                .build();
    }

    @GET
    @Path("/{importId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "A TPMAP list import: status, rows read, flagged, candidates, not targets, duplicates, rejected")
    public Uni<TpmapJobView> job(@PathParam("importId") String jobId) {
        return visible(jobId).map(TpmapJobView::of);
    }

    @GET
    @Path("/{importId}/rejections")
    @Produces(RowOutcomes.CSV)
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "The rows not imported, as CSV: row number, outcome (REJECTED or DUPLICATE), field, code, reason",
            description = "Row numbers are spreadsheet rows (the header is row 1). No personal data.")
    public Response rejections(@PathParam("importId") String jobId) {
        TpmapJob job = visible(jobId).await().indefinitely();
        return TpmapJobs.OUTCOMES.download(pool, job.id(), "tpmap-" + job.listYear() + "-" + job.id() + "-rejections.csv");
    }

    private Uni<TpmapJob> visible(String jobId) {
        return TpmapJobs.TABLE.visible(pool, jobId, caller.area(), areas);
    }

    private int listYear(String listYear) {
        if (listYear == null || !YEAR.matcher(listYear.strip()).matches()) {
            throw ProblemException.badRequest("listYear", "listYear is required: the list's Buddhist Era year, e.g. ?listYear=2568");
        }
        int year = Integer.parseInt(listYear.strip());
        if (year < FIRST_LIST_YEAR || year > FiscalYear.buddhistYear(Thailand.today(clock))) {
            throw new ProblemException(Problem.of(422, "invalid-list-year", "Invalid list year", "The list year " + year
                    + " is not a TPMAP year: from " + FIRST_LIST_YEAR + " to this year (years are B.E., e.g. 2568)")
                    .withField("listYear"));
        }
        return year;
    }
}
