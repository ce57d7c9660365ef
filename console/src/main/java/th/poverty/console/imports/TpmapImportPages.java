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
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import th.poverty.console.api.BmnImportApi;
import th.poverty.console.api.TpmapImportApi;
import th.poverty.console.page.FormState;
import th.poverty.console.page.Forms;
import th.poverty.console.page.Pages;

/**
 * A TPMAP target list's upload, watched as household-service imports it: households in the
 * programme flagged, people not in it added as candidates, and the rows not imported to mend.
 */
@Path("/imports/tpmap")
@Produces(MediaType.TEXT_HTML)
@TemplateData(target = TpmapImportApi.Job.class)
@TemplateData(target = TpmapImportApi.Rows.class)
@TemplateData(target = BmnImportApi.MappingUsed.class)
public class TpmapImportPages {

    private final Template upload;
    private final Template progress;
    private final Pages pages;
    private final TpmapImportApi imports;
    private final FileUploads uploads;

    public TpmapImportPages(@Location("tpmap-import.html") Template upload,
                            @Location("tpmap-progress.html") Template progress, Pages pages,
                            @RestClient TpmapImportApi imports, FileUploads uploads) {
        this.upload = upload;
        this.progress = progress;
        this.pages = pages;
        this.imports = imports;
        this.uploads = uploads;
    }

    @GET
    public Uni<TemplateInstance> form() {
        return uploads.form(upload, "TPMAP_LIST", FormState.NONE);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Object> send(@RestForm String listYear, @RestForm String mapping, @RestForm("file") FileUpload file) {
        return uploads.send(file, Forms.typed("listYear", listYear, "mapping", mapping), upload, "TPMAP_LIST",
                sent -> imports.upload(listYear, mapping, sent), job -> URI.create("/imports/tpmap/" + job.jobId()));
    }

    @GET
    @Path("/{importId}")
    public Uni<TemplateInstance> job(@PathParam("importId") String importId) {
        return imports.job(importId).map(job -> pages.of(progress).data("job", job));
    }

    /** How far the job got, for the page's script to move the bar without reloading. */
    @GET
    @Path("/{importId}/progress")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<TpmapImportApi.Job> status(@PathParam("importId") String importId) {
        return imports.job(importId);
    }

    @GET
    @Path("/{importId}/rejections.csv")
    @Produces("text/csv")
    public Uni<Response> rejections(@PathParam("importId") String importId) {
        return FileUploads.rejections(imports.rejections(importId), "tpmap-rejections-" + importId + ".csv");
    }
}
