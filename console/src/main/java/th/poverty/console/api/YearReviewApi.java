package th.poverty.console.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import th.poverty.domain.Label;
import th.poverty.domain.Page;

/** household-service's yearly reviews (เวทีประชาคมทบทวน): a village's year reviewed, the district's approval. */
@RegisterRestClient(configKey = "household")
@RegisterClientHeaders(Bearer.class)
@RegisterProvider(ServiceProblem.Mapper.class)
@Path("/api/v1/year-reviews")
public interface YearReviewApi {

    @POST
    Uni<Review> hold(Record record);

    @GET
    @Path("/{reviewId}")
    Uni<Review> review(@PathParam("reviewId") String reviewId);

    @POST
    @Path("/{reviewId}/approval")
    Uni<Review> approve(@PathParam("reviewId") String reviewId, @HeaderParam("If-Match") String version, Decision decision);

    @POST
    @Path("/{reviewId}/return")
    Uni<Review> sendBack(@PathParam("reviewId") String reviewId, @HeaderParam("If-Match") String version, Decision decision);

    @GET
    @Path("/worksheet")
    Uni<Worksheet> worksheet(@QueryParam("villageCode") String villageCode, @QueryParam("fiscalYear") int fiscalYear);

    @GET
    Uni<Page<Summary>> list(@QueryParam("area") String area, @QueryParam("fiscalYear") Integer fiscalYear,
                            @QueryParam("after") String after, @QueryParam("limit") Integer limit);

    record Record(String villageCode, Integer fiscalYear, LocalDate heldOn, Integer attendance, List<String> carriedOver,
                  List<Leaving> left, List<String> proposed) {
    }

    record Leaving(String householdId, String closure) {
    }

    record Decision(LocalDate on, String reason) {
    }

    /** The village's households by id and status, and those that left poverty in the year. */
    record Worksheet(Map<String, String> statuses, List<String> graduatedInYear) {
    }

    record Review(String reviewId, AreaView village, int fiscalYear, int decidesFiscalYear, LocalDate heldOn, int attendance,
                  Label status, List<String> carriedOver, List<LeavingView> left, List<String> proposed,
                  List<String> graduated, long version) {
    }

    record LeavingView(String householdId, Label closure) {
    }

    record AreaView(Place province, Place district, Place tambon, Place village) {
    }

    record Place(String code, String nameTh) {
    }

    record Summary(String reviewId, String villageCode, int fiscalYear, LocalDate heldOn, Label status, int carriedOver,
                   int graduated, int left, int proposed) {
    }
}
