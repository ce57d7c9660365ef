package th.poverty.console.imports;

import java.io.File;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import th.poverty.area.FiscalYear;
import th.poverty.console.api.ColumnMappingApi;
import th.poverty.console.page.FormState;
import th.poverty.console.page.Forms;
import th.poverty.console.page.Pages;
import th.poverty.console.session.Session;
import th.poverty.domain.Thailand;

/**
 * What the survey upload and the TPMAP list upload share: the form with the province's column
 * mappings, a file sent on to household-service or the form again, and the rejections download.
 */
@ApplicationScoped
public class FileUploads {

    private final Pages pages;
    private final ColumnMappingApi mappings;
    private final Session session;
    private final Clock clock;

    public FileUploads(Pages pages, @RestClient ColumnMappingApi mappings, Session session, Clock clock) {
        this.pages = pages;
        this.mappings = mappings;
        this.session = session;
        this.clock = clock;
    }

    /** The upload form of a kind of file (BMN_SURVEY, TPMAP_LIST), with the mappings the caller may choose. */
    Uni<TemplateInstance> form(Template upload, String kind, FormState form) {
        String chosen = form.is("upload") ? form.values().get("mapping") : null;
        return MappingChoice.of(mappings, session.person(), kind, chosen).map(choices -> pages.of(upload)
                .data("form", form).data("mappings", choices)
                .data("thisYear", String.valueOf(FiscalYear.buddhistYear(Thailand.today(clock)))));
    }

    /**
     * Sends the file, then shows its job; without a file, or refused, the form again as typed.
     *
     * @param typed the form's other fields, to show again
     */
    <J> Uni<Object> send(FileUpload file, Map<String, String> typed, Template upload, String kind,
                         Function<File, Uni<J>> sending, Function<J, URI> job) {
        if (file == null || file.size() == 0) {
            return form(upload, kind, new FormState("upload", typed, Map.of("file", "required"), false, null))
                    .map(page -> Forms.html(400, page));
        }
        return Forms.submit(sending.apply(file.uploadedFile().toFile()), job,
                problem -> form(upload, kind, FormState.refused("upload", typed, problem)));
    }

    /** A job's rejections as a CSV download named after the job. */
    static Uni<Response> rejections(Uni<String> csv, String fileName) {
        return csv.map(rows -> Response.ok(rows, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .build());
    }
}
