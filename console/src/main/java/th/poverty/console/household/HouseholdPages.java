package th.poverty.console.household;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import th.poverty.console.api.HouseholdApi.FourT;
import th.poverty.console.api.HouseholdApi;
import th.poverty.console.api.ProblemApi;
import th.poverty.console.api.ReportingApi;
import th.poverty.console.api.ServiceProblem;
import th.poverty.console.page.CommandRequest;
import th.poverty.console.page.FormState;
import th.poverty.console.page.Forms;
import th.poverty.console.page.Pages;
import th.poverty.console.session.Session;
import th.poverty.domain.Page;

/**
 * The households of an area, and one household's page: where it stands, its steps so far from
 * every service, its Family Folder, and the forms a team records at a visit. Commands are sent
 * with the version the page showed (If-Match): a change made meanwhile is shown, not overwritten.
 */
@Path("/households")
@Produces(MediaType.TEXT_HTML)
public class HouseholdPages {

    /** What group ก households need from the welfare process, as household-service takes them. */
    private static final List<String> WELFARE_NEEDS = List.of("ALLOWANCE", "ELDERLY_CARE", "BEDRIDDEN_CARE",
            "DISABILITY_CARE", "HOUSING_REPAIR");

    private static final int TIMELINE = 200;
    private static final int PAGE = 50;
    /** A causes textarea's name: the prefix, then the dimension's code. */
    private static final String CAUSE_FIELD = "cause-";
    /** household-service's statuses and groups, in the order of the steps, to filter by. */
    private static final List<String> STATUSES = List.of("CANDIDATE", "IDENTIFIED", "VISITED", "ASSESSED", "CLASSIFIED",
            "GRADUATED", "CLOSED", "DISMISSED");
    private static final List<String> GROUPS = List.of("WELFARE", "SELF_DEVELOPING");

    private final Template list;
    private final Template page;
    private final Pages pages;
    private final HouseholdApi households;
    private final ReportingApi reporting;
    private final ProblemApi problems;
    private final Session session;
    private final CommandRequest command;

    public HouseholdPages(@Location("households.html") Template list, @Location("household.html") Template page, Pages pages,
                          @RestClient HouseholdApi households, @RestClient ReportingApi reporting,
                          @RestClient ProblemApi problems, Session session,
                          CommandRequest command) {
        this.list = list;
        this.page = page;
        this.pages = pages;
        this.households = households;
        this.reporting = reporting;
        this.problems = problems;
        this.session = session;
        this.command = command;
    }

    @GET
    public Uni<TemplateInstance> list(@QueryParam("area") String area, @QueryParam("status") String status,
                                      @QueryParam("group") String group, @QueryParam("after") String after,
                                      @QueryParam("saved") String saved) {
        String within = area == null || area.isBlank() ? session.person().area() : area.trim();
        return households.find(within, Forms.text(status), Forms.text(group), Forms.text(after), PAGE)
                .map(found -> pages.of(list).data("households", found.items()).data("next", found.next())
                        .data("area", within).data("status", status == null ? "" : status)
                        .data("group", group == null ? "" : group).data("statuses", STATUSES).data("groups", GROUPS)
                        .data("saved", saved == null ? "" : saved));
    }

    @GET
    @Path("/{householdId}")
    public Uni<TemplateInstance> household(@PathParam("householdId") String id, @QueryParam("purpose") String purpose,
                                           @QueryParam("saved") String saved) {
        return render(id, Forms.text(purpose), FormState.NONE, saved);
    }

    @POST
    @Path("/{householdId}/visits")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Uni<Object> visit(@PathParam("householdId") String id, @RestForm String version, @RestForm String visitedOn,
                             @RestForm String visitedBy, @RestForm String notes) {
        Map<String, String> typed = Forms.typed("visitedOn", visitedOn, "visitedBy", visitedBy, "notes", notes);
        var visit = new HouseholdApi.Visit(Forms.date(visitedOn), Forms.list(visitedBy), Forms.text(notes));
        return send(id, "visit", typed, households.visit(id, Forms.etag(version), command.key(), visit));
    }

    @POST
    @Path("/{householdId}/assessment")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Uni<Object> assess(@PathParam("householdId") String id, @RestForm String version, @RestForm String assessedOn,
                              @RestForm String willingToChange, @RestForm String workingMembers, @RestForm String skills,
                              @RestForm String landRai, @RestForm String ownsLand, @RestForm String meansOfProduction,
                              @RestForm String direction, @RestForm String notes) {
        Map<String, String> typed = Forms.typed("assessedOn", assessedOn, "willingToChange", willingToChange,
                "workingMembers", workingMembers, "skills", skills, "landRai", landRai, "ownsLand", ownsLand,
                "meansOfProduction", meansOfProduction, "direction", direction, "notes", notes);
        var assessment = new FourT(Forms.date(assessedOn),
                new FourT.Attitude(Forms.bool(willingToChange), null),
                new FourT.Skills(Forms.integer(workingMembers), Forms.list(skills), null),
                new FourT.Resources(Forms.decimal(landRai), Forms.bool(ownsLand), Forms.list(meansOfProduction), null),
                new FourT.WayOut(Forms.text(direction), Forms.text(notes)));
        return send(id, "fourT", typed, households.assess(id, Forms.etag(version), command.key(), assessment));
    }

    /** The causes, one per line under each of the five dimensions; the list replaces the one recorded before. */
    @POST
    @Path("/{householdId}/poverty-causes")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Object> causes(@PathParam("householdId") String id, MultivaluedMap<String, String> form) {
        Map<String, String> typed = Forms.typed(form);
        List<HouseholdApi.Cause> causes = new ArrayList<>();
        typed.forEach((name, value) -> {
            if (name.startsWith(CAUSE_FIELD)) {
                Forms.lines(value).forEach(line -> causes.add(new HouseholdApi.Cause(name.substring(CAUSE_FIELD.length()), line)));
            }
        });
        var request = new HouseholdApi.CausesRequest(causes, Forms.text(typed.get("reason")));
        return send(id, "causes", typed, households.causes(id, Forms.etag(typed.get("version")), command.key(),
                request));
    }

    @POST
    @Path("/{householdId}/acknowledgement")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Uni<Object> acknowledge(@PathParam("householdId") String id, @RestForm String version,
                                   @RestForm String acknowledgedOn) {
        return send(id, "acknowledgement", Forms.typed("acknowledgedOn", acknowledgedOn),
                households.acknowledge(id, Forms.etag(version), command.key(),
                        new HouseholdApi.Acknowledgement(Forms.date(acknowledgedOn))));
    }

    /** Group ก with the welfare needs ticked: each opens a welfare referral. */
    @POST
    @Path("/{householdId}/classification")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Object> classify(@PathParam("householdId") String id, MultivaluedMap<String, String> form) {
        Map<String, String> typed = Forms.typed(form);
        List<String> needs = form.getOrDefault("welfareNeeds", List.of());
        return send(id, "classification", typed, households.classify(id, Forms.etag(typed.get("version")),
                new HouseholdApi.ClassificationRequest(Forms.text(typed.get("group")), needs,
                        Forms.text(typed.get("reason")))));
    }

    private Uni<Object> send(String id, String form, Map<String, String> typed, Uni<HouseholdApi.Household> sent) {
        return Forms.submit(command, sent, ignored -> URI.create("/households/" + id + "?saved=" + form + "#" + form),
                HouseholdApi.Household::version, problem -> render(id, null, FormState.refused(form, typed, problem), null),
                () -> households.familyFolder(id).map(folder -> new Forms.Current(folder.version(), recorded(form, folder))));
    }

    /** What the Family Folder holds now of what a form records, by the form's fields: a queued command is shown beside it. */
    static Map<String, String> recorded(String form, HouseholdApi.FamilyFolder folder) {
        Map<String, String> now = new LinkedHashMap<>();
        switch (form) {
            case "fourT" -> {
                var a = folder.assessment();
                if (a != null) {
                    now.put("assessedOn", String.valueOf(a.assessedOn()));
                    now.put("willingToChange", String.valueOf(a.attitude().willingToChange()));
                    now.put("workingMembers", String.valueOf(a.skills().workingMembers()));
                    now.put("skills", String.join(", ", a.skills().skills()));
                    now.put("landRai", a.resources().landRai() == null ? "" : a.resources().landRai().toPlainString());
                    now.put("ownsLand", String.valueOf(a.resources().ownsLand()));
                    now.put("meansOfProduction", String.join(", ", a.resources().meansOfProduction()));
                    now.put("direction", a.wayOut().direction() == null ? "" : a.wayOut().direction());
                    now.put("notes", a.wayOut().notes() == null ? "" : a.wayOut().notes());
                }
            }
            case "causes" -> folder.causes().forEach(c -> now.put(CAUSE_FIELD + c.dimension().code(), String.join("\n", c.causes())));
            case "acknowledgement" -> now.put("acknowledgedOn", folder.acknowledgedOn() == null ? "" : folder.acknowledgedOn().toString());
            default -> {
                // a visit is a fact of its own: nothing recorded conflicts with it
            }
        }
        return now;
    }

    /** The household, its Family Folder, its steps from every service and its problems beside them (ThaiQM's view). */
    private Uni<TemplateInstance> render(String id, String purpose, FormState form, String saved) {
        boolean withHead = purpose != null && session.person().seesHouseholds();
        return Uni.combine().all()
                .unis(households.household(id, withHead ? headerValue(purpose) : null), households.familyFolder(id),
                        reporting.timeline(id, TIMELINE).onFailure(ServiceProblem.class)
                                .recoverWithItem(new Page<>(List.of(), null)))
                .asTuple()
                .flatMap(found -> problems.worklist(found.getItem1().area().village().code(), null, null, false, id, null,
                                PAGE).onFailure(ServiceProblem.class).recoverWithItem(new Page<>(List.of(), null))
                        .map(listed -> pages.of(page).data("household", found.getItem1()).data("folder", found.getItem2())
                                .data("steps", found.getItem3().items()).data("problems", listed.items()).data("form", form)
                                .data("saved", saved == null ? "" : saved).data("welfareNeeds", WELFARE_NEEDS)
                                .data("purpose", purpose == null ? "" : purpose)));
    }

    /** A header carries Latin-1 only: a purpose in Thai goes percent-encoded, as household-service reads it. */
    private static String headerValue(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
