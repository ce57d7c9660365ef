package th.poverty.console.care;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import th.poverty.console.api.TeamApi;
import th.poverty.console.page.FormState;
import th.poverty.console.page.Forms;
import th.poverty.console.page.Pages;
import th.poverty.console.session.Session;

/**
 * Carers for an area's households (step 4): the caseload carer by carer, the households still
 * waiting, and team-service's proposal of carers with room, confirmed as a batch with the
 * households the officer leaves out unticked.
 */
@Path("/care/assignments")
@Produces(MediaType.TEXT_HTML)
public class AssignmentPages {

    private static final int WAITING_SHOWN = 100;
    private static final String INCLUDE = "include";
    /** How far ahead "due" looks, as team-service's default: a week. */
    private static final int DUE_WITHIN_DAYS = 7;

    private final Template assignments;
    private final Template proposal;
    private final Template dueTemplate;
    private final Pages pages;
    private final TeamApi team;
    private final Session session;

    public AssignmentPages(@Location("assignments.html") Template assignments, @Location("proposal.html") Template proposal,
                           @Location("visits-due.html") Template dueTemplate, Pages pages, @RestClient TeamApi team,
                           Session session) {
        this.assignments = assignments;
        this.proposal = proposal;
        this.dueTemplate = dueTemplate;
        this.pages = pages;
        this.team = team;
        this.session = session;
    }

    @GET
    public Uni<TemplateInstance> area(@QueryParam("area") String area, @QueryParam("saved") String saved) {
        return page(area, FormState.NONE, saved, UUID.randomUUID().toString());
    }

    /** The households due a visit, the overdue marked: by area, by carer, or the overdue only. */
    @GET
    @Path("/due")
    public Uni<TemplateInstance> due(@QueryParam("area") String area, @QueryParam("carer") String carer,
                                     @QueryParam("overdue") boolean overdueOnly) {
        String code = area == null || area.isBlank() ? session.person().area() : area.trim();
        return Uni.combine().all().unis(team.visitsDue(code, Forms.text(carer), overdueOnly ? 0 : DUE_WITHIN_DAYS),
                        team.caseload(code))
                .with((due, loads) -> pages.of(dueTemplate).data("area", code).data("due", due).data("loads", loads)
                        .data("carer", carer == null ? "" : carer).data("overdueOnly", overdueOnly));
    }

    /** A carer outside any team: any official or community leader may care (step 4). */
    @POST
    @Path("/carers")
    public Uni<Object> register(@RestForm String area, @RestForm String idempotencyKey, @RestForm String name,
                                @RestForm String role, @RestForm String areaCode, @RestForm String reason) {
        var typed = Forms.typed("name", name, "role", role, "areaCode", areaCode, "reason", reason);
        return Forms.submit(team.register(Forms.text(idempotencyKey), new TeamApi.Registration(Forms.text(name),
                        Forms.text(role), Forms.text(areaCode), Forms.text(reason))),
                URI.create("/care/assignments?area=" + area + "&saved=carer"),
                problem -> page(area, FormState.refused("carer", typed, problem), null, idempotencyKey));
    }

    private Uni<TemplateInstance> page(String area, FormState form, String saved, String key) {
        String code = area == null || area.isBlank() ? session.person().area() : area.trim();
        return Uni.combine().all().unis(team.caseload(code), team.awaitingCarer(code, WAITING_SHOWN), team.vocabulary())
                .with((loads, waiting, vocabulary) -> pages.of(assignments).data("area", code).data("loads", loads)
                        .data("waiting", waiting.items()).data("roles", vocabulary.roles()).data("form", form)
                        .data("saved", saved == null ? "" : saved).data("idempotencyKey", key));
    }

    @POST
    public Uni<Object> propose(@RestForm String area) {
        return Forms.submit(team.propose(new TeamApi.Drafting(Forms.text(area))),
                proposed -> URI.create("/care/assignments/proposals/" + proposed.proposalId()),
                problem -> page(area, FormState.refused("proposal", Forms.typed(), problem), null, UUID.randomUUID().toString()));
    }

    @GET
    @Path("/proposals/{proposalId}")
    public Uni<TemplateInstance> proposal(@PathParam("proposalId") String id, @QueryParam("saved") String saved) {
        return team.proposal(id).map(found -> pages.of(proposal).data("proposal", found).data("form", FormState.NONE)
                .data("saved", saved == null ? "" : saved).data("included", found.matches().stream()
                        .map(TeamApi.Match::householdId).collect(java.util.stream.Collectors.toSet())));
    }

    @POST
    @Path("/proposals/{proposalId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Object> confirm(@PathParam("proposalId") String id, MultivaluedMap<String, String> form) {
        Set<String> included = new HashSet<>(form.getOrDefault(INCLUDE, List.of()));
        String reason = form.getFirst("reason");
        return team.proposal(id).chain(found -> {
            List<String> excluded = new ArrayList<>();
            found.matches().forEach(match -> {
                if (!included.contains(match.householdId())) {
                    excluded.add(match.householdId());
                }
            });
            return Forms.submit(team.confirm(id, new TeamApi.Confirmation(excluded, Forms.text(reason))),
                    URI.create("/care/assignments/proposals/" + id + "?saved=confirmation"),
                    problem -> Uni.createFrom().item(pages.of(proposal).data("proposal", found).data("saved", "")
                            .data("included", included)
                            .data("form", FormState.refused("confirmation", Forms.typed("reason", reason), problem))));
        });
    }
}
