package th.poverty.console.review;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import th.poverty.area.FiscalYear;
import th.poverty.console.api.YearReviewApi;
import th.poverty.console.page.FormState;
import th.poverty.console.page.Forms;
import th.poverty.console.page.Pages;
import th.poverty.console.session.Session;
import th.poverty.domain.Thailand;

/**
 * The village forum's yearly review (เวทีประชาคมทบทวน) as a district or tambon team records it:
 * each target household goes on into the next fiscal year or leaves, candidates may be proposed;
 * then the district approves or returns it. household-service decides everything.
 */
@Path("/year-reviews")
@Produces(MediaType.TEXT_HTML)
@TemplateData(target = YearReviewPages.Household.class)
@TemplateData(target = YearReviewApi.Review.class)
@TemplateData(target = YearReviewApi.LeavingView.class)
@TemplateData(target = YearReviewApi.AreaView.class)
@TemplateData(target = YearReviewApi.Place.class)
@TemplateData(target = YearReviewApi.Summary.class)
public class YearReviewPages {

    private static final String DECISION = "decision-";
    private static final String CLOSURE = "closure-";
    private static final String PROPOSE = "propose-";
    private static final List<String> CLOSURES = List.of("MOVED", "DIED", "WITHDREW");

    private final Template list;
    private final Template one;
    private final Pages pages;
    private final YearReviewApi reviews;
    private final Session session;
    private final Clock clock;

    public YearReviewPages(@Location("year-reviews.html") Template list, @Location("year-review.html") Template one,
                           Pages pages, @RestClient YearReviewApi reviews, Session session, Clock clock) {
        this.list = list;
        this.one = one;
        this.pages = pages;
        this.reviews = reviews;
        this.session = session;
        this.clock = clock;
    }

    /** A village in the programme and its statuses, sorted for the form. */
    public record Household(String householdId, String status) {
    }

    /** The area's reviews of a year and, with a village, the form for its review. */
    @GET
    public Uni<TemplateInstance> reviews(@QueryParam("area") String area, @QueryParam("village") String village,
                                         @QueryParam("fiscalYear") Integer fiscalYear) {
        int year = fiscalYear == null ? reviewableYear() : fiscalYear;
        String code = area == null || area.isBlank() ? session.person().area() : area.trim();
        return page(code, village == null ? "" : village.trim(), year, FormState.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Object> hold(MultivaluedMap<String, String> form) {
        Map<String, String> typed = Forms.typed(form);
        String village = typed.getOrDefault("village", "");
        int year = Forms.integer(typed.get("fiscalYear"));
        List<String> carriedOver = new ArrayList<>();
        List<YearReviewApi.Leaving> left = new ArrayList<>();
        List<String> proposed = new ArrayList<>();
        typed.forEach((name, value) -> {
            if (name.startsWith(DECISION)) {
                String household = name.substring(DECISION.length());
                if ("carry".equals(value)) {
                    carriedOver.add(household);
                } else if ("leave".equals(value)) {
                    left.add(new YearReviewApi.Leaving(household, Forms.text(typed.get(CLOSURE + household))));
                }
            } else if (name.startsWith(PROPOSE) && "on".equals(value)) {
                proposed.add(name.substring(PROPOSE.length()));
            }
        });
        var record = new YearReviewApi.Record(village, year, Forms.date(typed.get("heldOn")),
                Forms.integer(typed.get("attendance")), carriedOver, left, proposed);
        return Forms.submit(reviews.hold(record), review -> URI.create("/year-reviews/" + review.reviewId()),
                problem -> page(village, village, year, FormState.refused("review", typed, problem)));
    }

    @GET
    @Path("/{reviewId}")
    public Uni<TemplateInstance> review(@PathParam("reviewId") String reviewId) {
        return show(reviewId, FormState.NONE);
    }

    @POST
    @Path("/{reviewId}/approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Object> approve(@PathParam("reviewId") String reviewId, MultivaluedMap<String, String> form) {
        return decide(reviewId, "approval", Forms.typed(form), reviews::approve);
    }

    @POST
    @Path("/{reviewId}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Object> sendBack(@PathParam("reviewId") String reviewId, MultivaluedMap<String, String> form) {
        return decide(reviewId, "return", Forms.typed(form), reviews::sendBack);
    }

    /** The district's decision on the version it read; refused, the review again with the form as typed. */
    private Uni<Object> decide(String reviewId, String formName, Map<String, String> typed, DistrictDecision decision) {
        var made = new YearReviewApi.Decision(Forms.date(typed.get("on")), Forms.text(typed.get("reason")));
        return Forms.submit(decision.send(reviewId, "\"" + typed.get("version") + "\"", made),
                URI.create("/year-reviews/" + reviewId), problem -> show(reviewId, FormState.refused(formName, typed, problem)));
    }

    @FunctionalInterface
    private interface DistrictDecision {
        Uni<YearReviewApi.Review> send(String reviewId, String version, YearReviewApi.Decision decision);
    }

    private Uni<TemplateInstance> show(String reviewId, FormState form) {
        return reviews.review(reviewId).map(review -> pages.of(one).data("review", review).data("form", form)
                .data("today", Thailand.today(clock).toString())
                .data("decides", session.person().is("district-officer") || session.person().is("province-officer")));
    }

    private Uni<TemplateInstance> page(String area, String village, int year, FormState form) {
        Uni<YearReviewApi.Worksheet> worksheet = village.length() == 8 ? reviews.worksheet(village, year)
                : Uni.createFrom().nullItem();
        return worksheet.chain(sheet -> reviews.list(area, year, null, 500).map(listed -> {
            List<Household> inProgramme = new ArrayList<>();
            List<Household> candidates = new ArrayList<>();
            if (sheet != null) {
                new TreeMap<>(sheet.statuses()).forEach((id, status) -> {
                    if ("CANDIDATE".equals(status)) {
                        candidates.add(new Household(id, status));
                    } else if (!"GRADUATED".equals(status)) {
                        inProgramme.add(new Household(id, status));
                    }
                });
            }
            return pages.of(list).data("area", area).data("village", village).data("fiscalYear", year)
                    .data("reviews", listed.items()).data("inProgramme", inProgramme).data("candidates", candidates)
                    .data("graduated", sheet == null ? List.of() : sheet.graduatedInYear()).data("closures", CLOSURES)
                    .data("form", form).data("today", heldOnDefault(year).toString());
        }));
    }

    /** The latest fiscal year whose review window (from its July) has opened. */
    private int reviewableYear() {
        LocalDate today = Thailand.today(clock);
        return FiscalYear.buddhistYear(today) - (today.getMonthValue() >= 7 ? 0 : 1);
    }

    /** Today, or the window's last day (the December after the year) if it has closed. */
    private LocalDate heldOnDefault(int year) {
        LocalDate today = Thailand.today(clock);
        LocalDate windowEnd = FiscalYear.end(year).plusDays(1).plusMonths(3).minusDays(1);
        return today.isAfter(windowEnd) ? windowEnd : today;
    }
}
