package th.poverty.household.bmn;

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
import th.poverty.household.imports.Upload;
import th.poverty.household.mapping.ColumnMappings;
import th.poverty.household.mapping.FileKind;
import th.poverty.web.Caller;
import th.poverty.web.Problem;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;

@Path(BmnImportResource.PATH)
@Tag(name = "Identify (ชี้เป้าชีวิต)")
public class BmnImportResource {

    static final String PATH = "/api/v1/bmn-imports";
    static final String CSV = "text/csv";
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private final BmnUploads uploads;
    private final ColumnMappings mappings;
    private final ImportJobs jobs;
    private final ImportWorker worker;
    private final SurveyRounds rounds;
    private final Areas areas;
    private final Pool pool;
    private final Caller caller;
    private final Clock clock;

    public BmnImportResource(BmnUploads uploads, ColumnMappings mappings, ImportJobs jobs, ImportWorker worker,
                             SurveyRounds rounds, Areas areas, Pool pool, Caller caller, Clock clock) {
        this.pool = pool;
        this.clock = clock;
        this.uploads = uploads;
        this.mappings = mappings;
        this.jobs = jobs;
        this.worker = worker;
        this.rounds = rounds;
        this.areas = areas;
        this.caller = caller;
    }

    @POST
    @Consumes(CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Import a BMN survey file (จปฐ.) for a survey year",
            description = "The body is the CSV file (UTF-8, header row first; see the README for the columns). The file "
                    + "is checked and stored, then imported in the background: 202 with the job in Location. Candidates "
                    + "(income per person below the year's threshold, or failed indicators) are identified as "
                    + "households (HouseholdIdentified, source BMN_SURVEY); rows outside your area are rejected. "
                    + "Uploading the same file again for the same year answers 200 with the same job and changes "
                    + "nothing (a FAILED job resumes). A file that is not readable CSV is refused whole (400). Another "
                    + "system's export is read by a column mapping of your province (mapping=<name>; none named: the "
                    + "province's default for survey files, else the standard columns; mapping=standard: the standard "
                    + "columns), whose version the job records; a header without the columns it names is refused (400).")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response upload(@QueryParam("surveyYear") String surveyYear, @QueryParam("mapping") String mapping,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body) {
        SurveyRound round = round(surveyYear);
        UploadRules.requireUtf8(type);
        String area = UploadRules.areaOf(caller);
        var readBy = mappings.forUpload(area, FileKind.BMN_SURVEY, mapping);
        var accepted = uploads.accept(body, round, new Upload(round.surveyYear(), area, caller.subject(),
                caller.role(), caller.correlationId(), Thailand.today(clock), readBy));
        if (accepted.created()) {
            worker.wake();
        }
        ImportJob job = jobs.find(accepted.jobId()).await().indefinitely().orElseThrow();
        return Response.status(accepted.created() ? Response.Status.ACCEPTED : Response.Status.OK)
                .location(URI.create(PATH + "/" + job.id()))
                .entity(ImportJobView.of(job))
                .build();
    }

    @GET
    @Path("/{jobId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "An import job: status, rows read, accepted, resurveyed, not candidates, duplicates, rejected, percent done")
    public Uni<ImportJobView> job(@PathParam("jobId") String jobId) {
        return visible(jobId).map(ImportJobView::of);
    }

    @GET
    @Path("/{jobId}/rejections")
    @Produces(CSV)
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "The rows not imported, as CSV: row number, outcome (REJECTED or DUPLICATE), field, code, reason",
            description = "Row numbers are spreadsheet rows (the header is row 1). No personal data: fix the rows in your "
                    + "file and upload them again.")
    public Response rejections(@PathParam("jobId") String jobId) {
        ImportJob job = visible(jobId).await().indefinitely();
        return ImportJobs.OUTCOMES.download(pool, job.id(), "bmn-" + job.surveyYear() + "-" + job.id() + "-rejections.csv");
    }

    private Uni<ImportJob> visible(String jobId) {
        return ImportJobs.TABLE.visible(pool, jobId, caller.area(), areas);
    }

    private SurveyRound round(String surveyYear) {
        if (surveyYear == null || !YEAR.matcher(surveyYear.strip()).matches()) {
            throw ProblemException.badRequest("surveyYear",
                    "surveyYear is required: the survey's Buddhist Era year, e.g. ?surveyYear=2568");
        }
        int year = Integer.parseInt(surveyYear.strip());
        if (year > FiscalYear.buddhistYear(Thailand.today(clock))) {
            throw invalidYear("survey-year-in-future", "The survey year " + year + " has not begun (years are B.E.)");
        }
        return rounds.of(year).orElseThrow(() -> invalidYear("unknown-survey-round", "No BMN round is configured for "
                + year + "; the rounds begin in " + rounds.firstYear() + " (years are B.E., e.g. 2568)"));
    }

    private static ProblemException invalidYear(String slug, String detail) {
        return new ProblemException(Problem.of(422, slug, "Invalid survey year", detail).withField("surveyYear"));
    }
}
