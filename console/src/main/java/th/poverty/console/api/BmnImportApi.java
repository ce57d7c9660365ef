package th.poverty.console.api;

import java.io.File;
import java.time.Instant;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;
import th.poverty.domain.Label;

/** household-service's BMN survey imports (จปฐ.): a file in, a job that reports how far it got. */
@RegisterRestClient(configKey = "household")
@RegisterClientHeaders(Bearer.class)
@RegisterProvider(ServiceProblem.Mapper.class)
@Path("/api/v1/bmn-imports")
public interface BmnImportApi {

    String CSV = "text/csv";

    /**
     * Streams the file as it was uploaded, read by the province's column mapping it names (none:
     * the province's default; {@code standard}: the standard columns); household-service checks
     * and imports it in the background.
     */
    @POST
    @Consumes(CSV + "; charset=UTF-8")
    Uni<Job> upload(@QueryParam("surveyYear") String surveyYear, @QueryParam("mapping") String mapping, File file);

    @GET
    @Path("/{jobId}")
    Uni<Job> job(@PathParam("jobId") String jobId);

    /** The rows not imported, as household-service writes them: row, outcome, field, code, reason. */
    @GET
    @Path("/{jobId}/rejections")
    @Produces(CSV)
    Uni<String> rejections(@PathParam("jobId") String jobId);

    record Job(String jobId, int surveyYear, Label status, String areaCode, Instant uploadedAt, Instant finishedAt,
               Rows rows, double percentDone, String failure, MappingUsed mapping) {

        public boolean finished() {
            return "DONE".equals(status.code()) || "FAILED".equals(status.code());
        }
    }

    record Rows(long total, long read, long accepted, long notCandidates, long duplicates, long rejected) {
    }

    /** The column mapping, at its version, that a job read its file by; null for the standard columns. */
    record MappingUsed(String name, int version) {
    }
}
