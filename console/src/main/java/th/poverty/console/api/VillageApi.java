package th.poverty.console.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;
import th.poverty.area.AreaView;
import th.poverty.domain.Label;
import th.poverty.domain.Page;

/** team-service's village registry, and its leaders per village against one leader per two villages. */
@RegisterRestClient(configKey = "team")
@RegisterClientHeaders(Bearer.class)
@RegisterProvider(ServiceProblem.Mapper.class)
@Path("/api/v1")
public interface VillageApi {

    @GET
    @Path("/villages")
    Uni<Page<Village>> villages(@QueryParam("area") String area, @QueryParam("limit") Integer limit);

    @GET
    @Path("/villages/{villageCode}")
    Uni<Village> village(@PathParam("villageCode") String villageCode);

    /** The area's villages counted (registered, or where households or leaders are), with their leaders. */
    @GET
    @Path("/care/leaders")
    Uni<Leaders> leaders(@QueryParam("area") String area);

    @POST
    @Path("/villages")
    Uni<Village> register(@HeaderParam("Idempotency-Key") String key, Registration registration);

    @POST
    @Path("/villages/{villageCode}/renaming")
    Uni<Village> rename(@PathParam("villageCode") String villageCode, @HeaderParam("If-Match") String ifMatch,
                        Renaming renaming);

    @POST
    @Path("/villages/{villageCode}/retirement")
    Uni<Village> retire(@PathParam("villageCode") String villageCode, @HeaderParam("If-Match") String ifMatch,
                        Retiring retiring);

    /**
     * The province's village list, checked (dryRun) or loaded: what it did, and every refused row
     * with why. Sent whole, with its length: team-service reads at most 1 MB, a province's list a
     * few hundred kilobytes.
     */
    @POST
    @Path("/villages/lists/{provinceCode}")
    @Consumes("text/csv; charset=UTF-8")
    Uni<ListOutcome> uploadList(@PathParam("provinceCode") String provinceCode, @QueryParam("dryRun") boolean dryRun,
                                byte[] list);

    record ListOutcome(String provinceCode, boolean dryRun, int rows, int registered, int renamed, int unchanged,
                       List<ListRefusal> refused, List<String> notInFile) {
    }

    record ListRefusal(int row, String villageCode, String field, String type, String detail) {
    }

    record Village(String villageCode, int moo, String nameTh, String nameEn, AreaView area, Label status,
                   Label retirement, String mergedInto, LocalDate retiredOn, long version) {

        public boolean active() {
            return "ACTIVE".equals(status.code());
        }
    }

    record Leaders(int villages, int registeredVillages, int leaders, double leadersPerVillage, boolean meetsGuideline,
                   List<VillageLeaders> byVillage) {
    }

    record VillageLeaders(AreaView.Place village, String nameTh, Label status, int openHouseholds, List<Leader> leaders) {
    }

    record Leader(String name, Label role) {
    }

    record Registration(String villageCode, String nameTh, String nameEn, String reason) {
    }

    record Renaming(String nameTh, String nameEn, String reason) {
    }

    record Retiring(String retirement, String mergedInto, LocalDate retiredOn, String reason) {
    }
}
