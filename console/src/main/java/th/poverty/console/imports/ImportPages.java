package th.poverty.console.imports;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import th.poverty.console.api.BmnImportApi;
import th.poverty.console.page.FormState;
import th.poverty.console.page.Forms;
import th.poverty.console.page.Pages;

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
    private final FileUploads uploads;

    public ImportPages(@Location("import.html") Template upload, @Location("import-progress.html") Template progress,
                       Pages pages, @RestClient BmnImportApi imports, FileUploads uploads) {
        this.upload = upload;
        this.progress = progress;
        this.pages = pages;
        this.imports = imports;
        this.uploads = uploads;
    }

    @GET
    public Uni<TemplateInstance> form() {
        return uploads.form(upload, "BMN_SURVEY", FormState.NONE);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Object> send(@RestForm String surveyYear, @RestForm String mapping, @RestForm("file") FileUpload file) {
        return uploads.send(file, Forms.typed("surveyYear", surveyYear, "mapping", mapping), upload, "BMN_SURVEY",
                sent -> imports.upload(surveyYear, mapping, sent), job -> URI.create("/imports/" + job.jobId()));
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
        return FileUploads.rejections(imports.rejections(jobId), "bmn-rejections-" + jobId + ".csv");
    }
}
