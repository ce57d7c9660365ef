package th.poverty.console.problems;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import th.poverty.console.api.ProblemApi;
import th.poverty.console.page.FormState;
import th.poverty.console.page.Forms;
import th.poverty.console.page.Pages;
import th.poverty.console.session.Person;
import th.poverty.console.session.Session;
import th.poverty.domain.Thailand;

/**
 * Households' problems as ThaiQM shows them. A partner agency works through its own worklist:
 * accepts a problem, reports where it stands, records the help it gave, or gives it back to the
 * district; a district or province sees its area's problems and routes one to another agency.
 */
@Path("/problems")
@Produces(MediaType.TEXT_HTML)
public class ProblemPages {

    private static final int SHOWN = 100;
    private static final List<String> STATUSES = List.of("NEW", "ACCEPTED", "IN_PROGRESS", "HELPED", "SOLVED", "UNSOLVABLE");
    private static final List<String> DIMENSIONS = List.of("HEALTH", "LIVING_CONDITIONS", "EDUCATION", "INCOME",
            "ACCESS_TO_SERVICES");
    private static final List<String> REPORTED = List.of("IN_PROGRESS", "HELPED", "SOLVED", "UNSOLVABLE");
    private static final List<String> HELP_KINDS = List.of("MONEY", "GOODS", "MEANS_OF_PRODUCTION", "TRAINING", "LOAN",
            "HOUSING_REPAIR", "SERVICE");

    private final Template worklist;
    private final Template detail;
    private final Pages pages;
    private final ProblemApi problems;
    private final Session session;
    private final Clock clock;

    public ProblemPages(@Location("worklist.html") Template worklist, @Location("problem-detail.html") Template detail,
                        Pages pages, @RestClient ProblemApi problems, Session session, Clock clock) {
        this.worklist = worklist;
        this.detail = detail;
        this.pages = pages;
        this.problems = problems;
        this.session = session;
        this.clock = clock;
    }

    /**
     * A partner agency's own work (its problems, and the compass activities addressed to it);
     * anyone else's area (their own unless they name another).
     */
    @GET
    public Uni<TemplateInstance> list(@QueryParam("area") String area, @QueryParam("status") String status,
                                      @QueryParam("dimension") String dimension, @QueryParam("overdue") boolean overdue,
                                      @QueryParam("saved") String saved) {
        return page(area, status, dimension, overdue, FormState.NONE, saved);
    }

    /** Help delivered against a compass activity addressed to the agency, at the plan's version. */
    @POST
    @Path("/activities/{planId}/{activityId}")
    public Uni<Object> deliver(@PathParam("planId") String planId, @PathParam("activityId") String activityId,
                               @RestForm String version, @RestForm String kind, @RestForm String amountThb,
                               @RestForm String deliveredOn, @RestForm String description) {
        var typed = Forms.typed("kind", kind, "amountThb", amountThb, "deliveredOn", deliveredOn, "description", description);
        return Forms.submit(problems.deliver(planId, Forms.etag(version), new ProblemApi.Delivery(Forms.text(kind),
                        Forms.decimal(amountThb), Forms.date(deliveredOn), activityId, Forms.text(description))),
                URI.create("/problems?saved=assistance"),
                problem -> page(null, null, null, false,
                        FormState.refused(ProblemApi.AddressedActivity.formOf(planId, activityId), typed, problem), null));
    }

    private Uni<TemplateInstance> page(String area, String status, String dimension, boolean overdue, FormState form,
                                       String saved) {
        Person me = session.person();
        boolean partner = me.is(Person.PARTNER_AGENCY);
        String code = partner ? Forms.text(area) : area == null || area.isBlank() ? me.area() : area.trim();
        Uni<List<ProblemApi.AddressedActivity>> addressed = partner ? problems.agencyActivities(code, SHOWN)
                : Uni.createFrom().item(List.of());
        return Uni.combine().all().unis(problems.worklist(code, Forms.text(status), Forms.text(dimension), overdue, null,
                        null, SHOWN), addressed)
                .with((found, activities) -> pages.of(worklist).data("problems", found.items())
                        .data("more", found.next() != null).data("activities", activities)
                        .data("area", code == null ? "" : code).data("status", status == null ? "" : status)
                        .data("dimension", dimension == null ? "" : dimension).data("overdue", overdue)
                        .data("statuses", STATUSES).data("dimensions", DIMENSIONS).data("helpKinds", HELP_KINDS)
                        .data("form", form).data("saved", saved == null ? "" : saved)
                        .data("today", Thailand.today(clock).toString()));
    }

    @GET
    @Path("/{problemId}")
    public Uni<TemplateInstance> problem(@PathParam("problemId") String id, @QueryParam("saved") String saved) {
        return render(id, FormState.NONE, saved);
    }

    @POST
    @Path("/{problemId}/acceptance")
    public Uni<Object> accept(@PathParam("problemId") String id, @RestForm String version, @RestForm String acceptedOn) {
        return send(id, "acceptance", Forms.typed("acceptedOn", acceptedOn), problems.accept(id, Forms.etag(version),
                new ProblemApi.Acceptance(Forms.date(acceptedOn), null)));
    }

    @POST
    @Path("/{problemId}/status")
    public Uni<Object> status(@PathParam("problemId") String id, @RestForm String version, @RestForm String status,
                              @RestForm String changedOn, @RestForm String reason) {
        return send(id, "status", Forms.typed("status", status, "changedOn", changedOn, "reason", reason),
                problems.status(id, Forms.etag(version), new ProblemApi.StatusUpdate(Forms.text(status),
                        Forms.date(changedOn), Forms.text(reason))));
    }

    /** The form's key makes a second press, or a resend after a lost answer, record the help once. */
    @POST
    @Path("/{problemId}/help")
    public Uni<Object> help(@PathParam("problemId") String id, @RestForm String version, @RestForm String idempotencyKey,
                            @RestForm String kind, @RestForm String amountThb, @RestForm String helpedOn,
                            @RestForm String description) {
        return send(id, "help", Forms.typed("kind", kind, "amountThb", amountThb, "helpedOn", helpedOn,
                        "description", description),
                problems.help(id, Forms.etag(version), Forms.text(idempotencyKey), new ProblemApi.Help(Forms.text(kind),
                        Forms.decimal(amountThb), Forms.date(helpedOn), Forms.text(description))));
    }

    @POST
    @Path("/{problemId}/declination")
    public Uni<Object> decline(@PathParam("problemId") String id, @RestForm String version, @RestForm String declinedOn,
                               @RestForm String reason) {
        return send(id, "declination", Forms.typed("declinedOn", declinedOn, "reason", reason),
                problems.decline(id, Forms.etag(version), new ProblemApi.Declination(Forms.date(declinedOn),
                        Forms.text(reason))));
    }

    @POST
    @Path("/{problemId}/routing")
    public Uni<Object> reroute(@PathParam("problemId") String id, @RestForm String version, @RestForm String agency,
                               @RestForm String reason) {
        return send(id, "routing", Forms.typed("agency", agency, "reason", reason),
                problems.reroute(id, Forms.etag(version), new ProblemApi.Rerouting(Forms.text(agency), Forms.text(reason))));
    }

    private Uni<Object> send(String id, String form, Map<String, String> typed, Uni<ProblemApi.Problem> command) {
        return Forms.submit(command, URI.create("/problems/" + id + "?saved=" + form),
                problem -> render(id, FormState.refused(form, typed, problem), null));
    }

    private Uni<TemplateInstance> render(String id, FormState form, String saved) {
        Person me = session.person();
        return problems.problem(id).flatMap(found -> {
            // a district or province routes within its own area's registry
            Uni<List<ProblemApi.Agency>> agencies = me.is(Person.PARTNER_AGENCY) || me.area().isEmpty()
                    ? Uni.createFrom().item(List.of())
                    : problems.agencies(found.problem().villageCode(), null);
            return agencies.map(routable -> pages.of(detail).data("detail", found).data("form", form)
                    .data("saved", saved == null ? "" : saved).data("agencies", routable).data("reported", REPORTED)
                    .data("helpKinds", HELP_KINDS).data("idempotencyKey", UUID.randomUUID().toString())
                    .data("today", Thailand.today(clock).toString()));
        });
    }
}
