package th.poverty.console.household;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import th.poverty.console.api.HouseholdApi;
import th.poverty.console.api.HouseholdApi.FourT;
import th.poverty.console.api.ReportingApi;
import th.poverty.console.api.ServiceProblem;
import th.poverty.console.page.Pages;
import th.poverty.console.session.Session;

/**
 * The households of an area, and one household's page: where it stands, its steps so far from
 * every service, its Family Folder, and the forms a team records at a visit. Commands are sent
 * with the version the page showed (If-Match): a change made meanwhile is shown, not overwritten.
 */
@Path("/households")
@Produces(MediaType.TEXT_HTML)
public class HouseholdPages {

    private static final int TIMELINE = 200;
    private static final int PAGE = 50;
    /** household-service's statuses and groups, in the order of the steps, to filter by. */
    private static final List<String> STATUSES = List.of("CANDIDATE", "IDENTIFIED", "VISITED", "ASSESSED", "CLASSIFIED",
            "GRADUATED", "CLOSED", "DISMISSED");
    private static final List<String> GROUPS = List.of("WELFARE", "SELF_DEVELOPING");

    private final Template list;
    private final Template page;
    private final Pages pages;
    private final HouseholdApi households;
    private final ReportingApi reporting;
    private final Session session;

    public HouseholdPages(@Location("households.html") Template list, @Location("household.html") Template page, Pages pages,
                          @RestClient HouseholdApi households, @RestClient ReportingApi reporting, Session session) {
        this.list = list;
        this.page = page;
        this.pages = pages;
        this.households = households;
        this.reporting = reporting;
        this.session = session;
    }

    @GET
    public Uni<TemplateInstance> list(@QueryParam("area") String area, @QueryParam("status") String status,
                                      @QueryParam("group") String group, @QueryParam("after") String after) {
        String within = area == null || area.isBlank() ? session.person().area() : area.trim();
        return households.find(within, blankToNull(status), blankToNull(group), blankToNull(after), PAGE)
                .map(found -> pages.of(list).data("households", found.items()).data("next", found.next())
                        .data("area", within).data("status", status == null ? "" : status)
                        .data("group", group == null ? "" : group).data("statuses", STATUSES).data("groups", GROUPS));
    }

    @GET
    @Path("/{householdId}")
    public Uni<TemplateInstance> household(@PathParam("householdId") String id, @QueryParam("purpose") String purpose,
                                           @QueryParam("saved") String saved) {
        return render(id, blankToNull(purpose), FormState.NONE, saved);
    }

    @POST
    @Path("/{householdId}/visits")
    public Uni<Object> visit(@PathParam("householdId") String id, @RestForm String version, @RestForm String visitedOn,
                             @RestForm String visitedBy, @RestForm String notes) {
        Map<String, String> typed = typed("visitedOn", visitedOn, "visitedBy", visitedBy, "notes", notes);
        var visit = new HouseholdApi.Visit(date(visitedOn), list(visitedBy), blankToNull(notes));
        return send(id, "visit", typed, households.visit(id, etag(version), visit));
    }

    @POST
    @Path("/{householdId}/assessment")
    public Uni<Object> assess(@PathParam("householdId") String id, @RestForm String version, @RestForm String assessedOn,
                              @RestForm String willingToChange, @RestForm String workingMembers, @RestForm String skills,
                              @RestForm String landRai, @RestForm String ownsLand, @RestForm String meansOfProduction,
                              @RestForm String direction, @RestForm String notes) {
        Map<String, String> typed = typed("assessedOn", assessedOn, "willingToChange", willingToChange,
                "workingMembers", workingMembers, "skills", skills, "landRai", landRai, "ownsLand", ownsLand,
                "meansOfProduction", meansOfProduction, "direction", direction, "notes", notes);
        var assessment = new FourT(date(assessedOn),
                new FourT.Attitude(bool(willingToChange), null),
                new FourT.Skills(integer(workingMembers), list(skills), null),
                new FourT.Resources(decimal(landRai), bool(ownsLand), list(meansOfProduction), null),
                new FourT.WayOut(blankToNull(direction), blankToNull(notes)));
        return send(id, "fourT", typed, households.assess(id, etag(version), assessment));
    }

    /** Sends a command; on success back to the page (so a reload sends nothing twice), on a refusal the page with the form kept. */
    private Uni<Object> send(String id, String form, Map<String, String> typed, Uni<HouseholdApi.Household> command) {
        return command.<Object>map(done -> Response.seeOther(URI.create("/households/" + id + "?saved=" + form + "#" + form)).build())
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> {
                    var problem = (ServiceProblem) failure;
                    if (problem.isUnauthenticated() || problem.status() == 404 || problem.status() == 403) {
                        return Uni.createFrom().failure(problem);
                    }
                    return render(id, null, FormState.refused(form, typed, problem), null)
                            .map(instance -> Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                                    .entity(instance.render()).build());
                });
    }

    private Uni<TemplateInstance> render(String id, String purpose, FormState form, String saved) {
        boolean withHead = purpose != null && session.person().seesHouseholds();
        return Uni.combine().all()
                .unis(households.household(id, withHead ? headerValue(purpose) : null), households.familyFolder(id),
                        reporting.timeline(id, TIMELINE).onFailure(ServiceProblem.class)
                                .recoverWithItem(new th.poverty.console.api.Page<>(List.of(), null)))
                .with((household, folder, steps) -> pages.of(page).data("household", household).data("folder", folder)
                        .data("steps", steps.items()).data("form", form).data("saved", saved == null ? "" : saved)
                        .data("purpose", purpose == null ? "" : purpose));
    }

    /** A header carries Latin-1 only: a purpose in Thai goes percent-encoded, as household-service reads it. */
    private static String headerValue(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Map<String, String> typed(String... namesAndValues) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            typed.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return typed;
    }

    private static String etag(String version) {
        return version == null || version.isBlank() ? null : "\"" + version.trim() + "\"";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** A comma-separated field as a list; none typed is an empty list, which the service judges. */
    private static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,،\\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    // What the browser's typed inputs could not guard is sent as missing, and the service names the field.

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean bool(String text) {
        return text == null || text.isBlank() ? null : Boolean.valueOf(text);
    }
}
