package th.poverty.household.review;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.domain.Page;
import th.poverty.domain.Versioned;
import th.poverty.household.nomination.NominationResource;
import th.poverty.household.review.YearReviewEvent.Leaving;
import th.poverty.household.review.YearReviews.ReviewSummary;
import th.poverty.web.Caller;
import th.poverty.web.ListedArea;
import th.poverty.web.PageSize;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;
import th.poverty.web.Versions;

@Path("/api/v1/year-reviews")
@Tag(name = "Life care (ดูแลชีวิต)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
public class YearReviewResource {

    private final YearReviews reviews;
    private final Caller caller;
    private final Areas areas;

    public YearReviewResource(YearReviews reviews, Caller caller, Areas areas) {
        this.reviews = reviews;
        this.caller = caller;
        this.areas = areas;
    }

    @POST
    @Operation(summary = "Record a village forum's review of the fiscal year (เวทีประชาคมทบทวน)",
            description = "Every verified household of the village still in the programme is carried over into the next "
                    + "fiscal year or leaves (moved, died, withdrew); survey candidates may be proposed as new targets. "
                    + "Held from July of the year reviewed to the following December, once per village and year (again "
                    + "only after the district returned it). Nothing happens to a household until the district approves.")
    public Uni<Response> hold(@NotNull @Valid YearReviewRecord record) {
        AreaPath village = NominationResource.village(areas, record.villageCode());
        var hold = new YearReview.Hold(village, record.fiscalYear(), record.heldOn(), record.attendance(),
                record.carriedOver(), record.left().stream().map(l -> new Leaving(l.householdId(), l.closure())).toList(),
                record.proposed());
        return reviews.hold(hold, caller).map(held -> answer(Response.created(URI.create("/api/v1/year-reviews/"
                + held.aggregate().id())), held));
    }

    @GET
    @Path("/{reviewId}")
    @Operation(summary = "A village's review of a fiscal year and where it stands")
    public Uni<Response> get(@PathParam("reviewId") String reviewId) {
        return reviews.find(reviewId, caller).map(found -> answer(Response.ok(), found));
    }

    @POST
    @Path("/{reviewId}/approval")
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER})
    @Operation(summary = "The district approves the review: each household's part is recorded",
            description = "In one transaction: each proposed candidate is verified (by the forum) and made a target of the "
                    + "next fiscal year, each carried-over household made a target again (HouseholdTargeted), each leaving "
                    + "one closed. If a household's state no longer allows its part, nothing is recorded (409): return the "
                    + "review to the village. Needs If-Match.")
    public Uni<Response> approve(@PathParam("reviewId") String reviewId, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                 @NotNull @Valid YearReviewRecord.Decision decision) {
        return reviews.approve(reviewId, Versions.required(ifMatch), decision.on(), caller, decision.reason())
                .map(approved -> answer(Response.ok(), approved));
    }

    @POST
    @Path("/{reviewId}/return")
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER})
    @Operation(summary = "The district sends the review back to the village to be held again, saying why",
            description = "Needs If-Match and a reason.")
    public Uni<Response> sendBack(@PathParam("reviewId") String reviewId, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                  @NotNull @Valid YearReviewRecord.Decision decision) {
        if (decision.reason() == null || decision.reason().isBlank()) {
            throw ProblemException.badRequest("reason", "Say why the review goes back to the village");
        }
        return reviews.sendBack(reviewId, Versions.required(ifMatch), decision.on(), caller, decision.reason())
                .map(returned -> answer(Response.ok(), returned));
    }

    @GET
    @Path("/worksheet")
    @Operation(summary = "What a village's forum reviews: its households' statuses and those that left poverty in the year",
            description = "Households by id with their status (closed and dismissed ones left out): verified ones are carried "
                    + "over or leave, candidates may be proposed. Names come from each household's own page.")
    public Uni<VillageHouseholds> worksheet(@QueryParam("villageCode") String villageCode,
                                            @QueryParam("fiscalYear") @NotNull @Min(2500) @Max(2700) Integer fiscalYear) {
        return reviews.worksheet(NominationResource.village(areas, villageCode), fiscalYear, caller);
    }

    @GET
    @Operation(summary = "The yearly reviews of an area, by village",
            description = "Without area, the caller's own area; with fiscalYear, that year's only. A page at a time: pass "
                    + "next as after.")
    public Uni<Page<ReviewSummary>> list(@QueryParam("area") String area, @QueryParam("fiscalYear") Integer fiscalYear,
                                         @QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        int size = PageSize.of(limit);
        return ListedArea.of(areas, caller, area)
                .map(listed -> reviews.held(listed.path(), fiscalYear, after, size + 1)
                        .map(rows -> Page.of(rows, size, ReviewSummary::reviewId)))
                .orElseGet(() -> Uni.createFrom().item(new Page<>(List.of(), null)));
    }

    private Response answer(Response.ResponseBuilder response, Versioned<YearReview> review) {
        return response.entity(YearReviewView.of(review.aggregate(), review.version(), areas))
                .header(HttpHeaders.ETAG, Versions.etag(review.version()))
                .build();
    }
}
