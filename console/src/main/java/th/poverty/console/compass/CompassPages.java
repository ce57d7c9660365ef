package th.poverty.console.compass;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import th.poverty.console.api.PlanApi.Change;
import th.poverty.console.api.PlanApi;
import th.poverty.console.api.ProblemApi;
import th.poverty.console.page.CommandRequest;
import th.poverty.console.page.FormState;
import th.poverty.console.page.Forms;
import th.poverty.console.page.Pages;
import th.poverty.console.session.Session;
import th.poverty.domain.Thailand;

/**
 * The life compass with the household (steps 2 to 4): drafting it with the guideline's lists,
 * the MOU, each activity's progress, the month's income, a revision, and what changed between
 * two versions. plan-service decides every rule; the pages show its refusals where they belong.
 */
@Produces(MediaType.TEXT_HTML)
@Path("/")
public class CompassPages {

    private final Template editorPage;
    private final Template planPage;
    private final Template changesPage;
    private final Pages pages;
    private final PlanApi plans;
    private final ProblemApi problems;
    private final Session session;
    private final Clock clock;
    private final CommandRequest command;

    public CompassPages(@Location("compass-editor.html") Template editorPage, @Location("compass.html") Template planPage,
                        @Location("compass-changes.html") Template changesPage, Pages pages, @RestClient PlanApi plans,
                        @RestClient ProblemApi problems, Session session, Clock clock,
                        CommandRequest command) {
        this.editorPage = editorPage;
        this.planPage = planPage;
        this.changesPage = changesPage;
        this.pages = pages;
        this.plans = plans;
        this.problems = problems;
        this.session = session;
        this.clock = clock;
        this.command = command;
    }

    /** The household's open compass, or the editor to draft one. */
    @GET
    @Path("compass/{householdId}")
    public Uni<Object> compassOf(@PathParam("householdId") String householdId) {
        return plans.plansOf(householdId).chain(found -> {
            var open = found.stream().filter(plan -> !"COMPLETED".equals(plan.status().code())
                    && !"CLOSED".equals(plan.status().code())).findFirst();
            if (open.isPresent()) {
                return Uni.createFrom().item(Response.seeOther(URI.create("/plans/" + open.get().planId())).build());
            }
            return editor(householdId, null, CompassEditor.blank(), UUID.randomUUID().toString()).map(page -> (Object) page);
        });
    }

    @POST
    @Path("compass/{householdId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Object> draft(@PathParam("householdId") String householdId, MultivaluedMap<String, String> form) {
        var editor = CompassEditor.typed(Forms.typed(form));
        var draft = new PlanApi.Draft(Forms.date(editor.value("draftedOn")), editor.content(),
                Forms.text(editor.value("reason")));
        // the key the page was rendered with: a second click or a reload drafts nothing twice
        String key = Forms.text(editor.value("idempotencyKey"));
        return Forms.submit(plans.draft(householdId, key, draft),
                plan -> URI.create("/plans/" + plan.planId() + "?saved=draft"),
                problem -> editor(householdId, null, editor.refused(problem, List.of()), key));
    }

    @GET
    @Path("plans/{planId}")
    public Uni<TemplateInstance> plan(@PathParam("planId") String planId, @QueryParam("saved") String saved) {
        return planPage(planId, FormState.NONE, saved);
    }

    @GET
    @Path("plans/{planId}/revision")
    public Uni<TemplateInstance> revision(@PathParam("planId") String planId) {
        return plans.plan(planId).chain(plan -> editor(plan.householdId(), plan, CompassEditor.of(plan.content()), null));
    }

    @POST
    @Path("plans/{planId}/revision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Object> revise(@PathParam("planId") String planId, MultivaluedMap<String, String> form) {
        var editor = CompassEditor.typed(Forms.typed(form));
        String version = editor.value("version");
        var revision = new PlanApi.Revision(Forms.text(editor.value("reason")), editor.content());
        return Forms.submit(plans.revise(planId, Forms.etag(version), revision),
                URI.create("/plans/" + planId + "?saved=revision"),
                problem -> plans.plan(planId).chain(current -> {
                    int basedOn = intOr(editor.value("planVersion"), current.planVersion());
                    Uni<List<Change>> meanwhile = problem.isStale() && basedOn != current.planVersion()
                            ? plans.changes(planId, basedOn, current.planVersion()).map(PlanApi.Comparison::changes)
                            : Uni.createFrom().item(List.of());
                    return meanwhile.chain(changes -> editor(current.householdId(), current,
                            editor.refused(problem, changes), null));
                }));
    }

    @GET
    @Path("plans/{planId}/changes")
    public Uni<TemplateInstance> changes(@PathParam("planId") String planId, @QueryParam("from") int from,
                                         @QueryParam("to") int to) {
        return Uni.combine().all().unis(plans.plan(planId), plans.changes(planId, from, to))
                .with((plan, comparison) -> pages.of(changesPage).data("plan", plan).data("comparison", comparison));
    }

    @POST
    @Path("plans/{planId}/agreement")
    public Uni<Object> agree(@PathParam("planId") String planId, @RestForm String version, @RestForm String signedOn,
                             @RestForm String place, @RestForm String householdSignatory, @RestForm String householdSigned,
                             @RestForm String signatoryName, @RestForm String signatoryPosition) {
        Map<String, String> typed = Forms.typed("signedOn", signedOn, "place", place, "householdSignatory", householdSignatory,
                "householdSigned", householdSigned, "signatoryName", signatoryName, "signatoryPosition", signatoryPosition);
        List<PlanApi.Signatory> team = new ArrayList<>();
        if (Forms.text(signatoryName) != null || Forms.text(signatoryPosition) != null) {
            team.add(new PlanApi.Signatory(Forms.text(signatoryName), Forms.text(signatoryPosition)));
        }
        var mou = new PlanApi.Mou(Forms.date(signedOn), Forms.text(place), Forms.text(householdSignatory),
                householdSigned == null ? null : Boolean.valueOf(householdSigned), team, null);
        return send(planId, "mou", typed, plans.agree(planId, Forms.etag(version), mou));
    }

    @POST
    @Path("plans/{planId}/activities/{activityId}/progress")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Uni<Object> progress(@PathParam("planId") String planId, @PathParam("activityId") String activityId,
                                @RestForm String version, @RestForm String status, @RestForm String progressOn,
                                @RestForm String note) {
        Map<String, String> typed = Forms.typed("activityId", activityId, "status", status, "progressOn", progressOn, "note", note);
        var progress = new PlanApi.Progress(Forms.text(status), Forms.date(progressOn), Forms.text(note));
        return send(planId, "progress-" + activityId, typed, plans.progress(planId, activityId, Forms.etag(version),
                command.key(), progress));
    }

    @POST
    @Path("plans/{planId}/incomes")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Uni<Object> income(@PathParam("planId") String planId, @RestForm String version, @RestForm String month,
                              @RestForm String householdMembers, @RestForm String source, @RestForm String amountThb) {
        Map<String, String> typed = Forms.typed("month", month, "householdMembers", householdMembers, "source", source,
                "amountThb", amountThb);
        BigDecimal amount = Forms.decimal(amountThb);
        var income = new PlanApi.Income(Forms.text(month), Forms.integer(householdMembers),
                List.of(new PlanApi.Source(Forms.text(source), amount)), null);
        return send(planId, "income", typed, plans.income(planId, Forms.etag(version), command.key(), income));
    }

    private Uni<Object> send(String planId, String form, Map<String, String> typed, Uni<PlanApi.Plan> sent) {
        return Forms.submit(command, sent, ignored -> URI.create("/plans/" + planId + "?saved=" + form), PlanApi.Plan::version,
                problem -> planPage(planId, FormState.refused(form, typed, problem), null),
                () -> plans.plan(planId).map(plan -> new Forms.Current(plan.version(), recorded(form, plan))));
    }

    /** What the plan holds now of what a form records, by the form's fields: a queued command is shown beside it. */
    static Map<String, String> recorded(String form, PlanApi.Plan plan) {
        Map<String, String> now = new LinkedHashMap<>();
        if (form.equals("income") && plan.latestIncome() != null) {
            now.put("month", plan.latestIncome().month());
            now.put("householdMembers", String.valueOf(plan.latestIncome().householdMembers()));
            now.put("amountThb", plan.latestIncome().monthlyIncomeThb().toPlainString());
        }
        if (form.startsWith("progress-") && plan.content() != null) {
            String activityId = form.substring("progress-".length());
            plan.content().activities().stream().filter(a -> a.activityId().equals(activityId) && a.progress() != null)
                    .findFirst().ifPresent(a -> {
                        now.put("status", a.progress().status().code());
                        now.put("progressOn", String.valueOf(a.progress().progressOn()));
                        now.put("note", a.progress().note() == null ? "" : a.progress().note());
                    });
        }
        return now;
    }

    private Uni<TemplateInstance> planPage(String planId, FormState form, String saved) {
        return Uni.combine().all().unis(plans.plan(planId), plans.versions(planId), plans.vocabulary())
                .with((plan, versions, vocabulary) -> pages.of(planPage).data("plan", plan).data("versions", versions)
                        .data("vocabulary", vocabulary).data("form", form).data("saved", saved == null ? "" : saved)
                        .data("today", Thailand.today(clock).toString())
                        .data("thisMonth", Thailand.thisMonth(clock).toString()));
    }

    /** The editor, offering the registry's agencies of the person's area for the agency activities. */
    private Uni<TemplateInstance> editor(String householdId, PlanApi.Plan plan, CompassEditor editor, String key) {
        String area = session.person().area();
        Uni<List<ProblemApi.Agency>> agencies = area.isEmpty() ? Uni.createFrom().item(List.of())
                : problems.agencies(area, null);
        return Uni.combine().all().unis(plans.vocabulary(), plans.eligibility(householdId), agencies)
                .with((vocabulary, eligibility, registry) -> pages.of(editorPage).data("householdId", householdId)
                        .data("plan", plan).data("editor", editor).data("vocabulary", vocabulary)
                        .data("eligibility", eligibility).data("agencies", registry).data("idempotencyKey", key)
                        .data("today", Thailand.today(clock).toString()));
    }

    private static int intOr(String text, int fallback) {
        Integer value = Forms.integer(text);
        return value == null ? fallback : value;
    }
}
