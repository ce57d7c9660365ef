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

/** household-service's TPMAP target list imports: a list in, a job that flags households and adds candidates. */
@RegisterRestClient(configKey = "household")
@RegisterClientHeaders(Bearer.class)
@RegisterProvider(ServiceProblem.Mapper.class)
@Path("/api/v1/tpmap-imports")
public interface TpmapImportApi {

    String CSV = "text/csv";

    @POST
    @Consumes(CSV + "; charset=UTF-8")
    Uni<Job> upload(@QueryParam("listYear") String listYear, @QueryParam("mapping") String mapping, File file);

    @GET
    @Path("/{importId}")
    Uni<Job> job(@PathParam("importId") String importId);

    @GET
    @Path("/{importId}/rejections")
    @Produces(CSV)
    Uni<String> rejections(@PathParam("importId") String importId);

    record Job(String jobId, int listYear, Label status, String areaCode, Instant uploadedAt, Instant finishedAt,
               Rows rows, double percentDone, String failure, BmnImportApi.MappingUsed mapping) {

        public boolean finished() {
            return "DONE".equals(status.code()) || "FAILED".equals(status.code());
        }
    }

    record Rows(long total, long read, long flagged, long candidates, long notTargets, long duplicates, long rejected) {
    }
}
