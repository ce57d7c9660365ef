package th.poverty.console.imports;

import java.net.URI;
import java.time.Clock;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import th.poverty.area.FiscalYear;
import th.poverty.console.api.BmnImportApi;
import th.poverty.console.api.ColumnMappingApi;
import th.poverty.console.page.FormState;
import th.poverty.console.page.Forms;
import th.poverty.console.page.Pages;
import th.poverty.console.session.Session;
import th.poverty.domain.Thailand;

/**
 * A district's BMN survey upload (จปฐ.), read by the standard columns or a mapping of its
 * province, watched as household-service imports it: a progress bar with the rows read,
 * accepted, screened out, duplicates and rejected, and the rejections to download and mend.
 */
@Path("/imports")
@Produces(MediaType.TEXT_HTML)
public class ImportPages {

    private final Template upload;
    private final Template progress;
    private final Pages pages;
    private final BmnImportApi imports;
    private final ColumnMappingApi mappings;
    private final Session session;
    private final Clock clock;

    public ImportPages(@Location("import.html") Template upload, @Location("import-progress.html") Template progress,
                       Pages pages, @RestClient BmnImportApi imports, @RestClient ColumnMappingApi mappings,
                       Session session, Clock clock) {
        this.upload = upload;
        this.progress = progress;
        this.pages = pages;
        this.imports = imports;
        this.mappings = mappings;
        this.session = session;
        this.clock = clock;
    }

    @GET
    public Uni<TemplateInstance> form() {
        return uploadPage(FormState.NONE);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Object> send(@RestForm String surveyYear, @RestForm String mapping, @RestForm("file") FileUpload file) {
        var typed = Forms.typed("surveyYear", surveyYear, "mapping", mapping);
        if (file == null || file.size() == 0) {
            return uploadPage(new FormState("upload", typed, Map.of("file", "required"), false, null))
                    .map(page -> Forms.html(400, page));
        }
        return Forms.submit(imports.upload(surveyYear, mapping, file.uploadedFile().toFile()),
                job -> URI.create("/imports/" + job.jobId()),
                problem -> uploadPage(FormState.refused("upload", typed, problem)));
    }

    @GET
    @Path("/{jobId}")
    public Uni<TemplateInstance> job(@PathParam("jobId") String jobId) {
        return imports.job(jobId).map(job -> pages.of(progress).data("job", job));
    }

    /** How far the job got, for the page's script to move the bar without reloading. */
    @GET
    @Path("/{jobId}/progress")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<BmnImportApi.Job> status(@PathParam("jobId") String jobId) {
        return imports.job(jobId);
    }

    @GET
    @Path("/{jobId}/rejections.csv")
    @Produces("text/csv")
    public Uni<Response> rejections(@PathParam("jobId") String jobId) {
        return imports.rejections(jobId).map(csv -> Response.ok(csv, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bmn-rejections-" + jobId + ".csv\"")
                .build());
    }

    private Uni<TemplateInstance> uploadPage(FormState form) {
        String chosen = form.is("upload") ? form.values().get("mapping") : null;
        return MappingChoice.of(mappings, session.person(), "BMN_SURVEY", chosen).map(choices -> pages.of(upload)
                .data("form", form).data("mappings", choices)
                .data("thisYear", String.valueOf(FiscalYear.buddhistYear(Thailand.today(clock)))));
    }
}
