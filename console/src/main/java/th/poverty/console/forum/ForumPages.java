package th.poverty.console.forum;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import th.poverty.console.api.ForumApi;
import th.poverty.console.api.HouseholdApi;
import th.poverty.console.page.FormState;
import th.poverty.console.page.Forms;
import th.poverty.console.page.Pages;
import th.poverty.domain.Thailand;

/**
 * A village forum (เวทีประชาคมหมู่บ้าน), as a district records it: the village's survey candidates,
 * each confirmed, dismissed with a reason, or left for later, and a household the forum names
 * itself, in one record of the sitting.
 */
@Path("/forums")
@Produces(MediaType.TEXT_HTML)
public class ForumPages {

    private static final String DECISION = "decision-";
    private static final String DISMISSAL = "dismissal-";
    private static final String REASON = "reason-";
    private static final List<String> DISMISSALS = List.of("NOT_POOR", "MOVED", "DIED", "NOT_FOUND");

    private final Template forum;
    private final Pages pages;
    private final HouseholdApi households;
    private final ForumApi forums;
    private final Clock clock;

    public ForumPages(@Location("forum.html") Template forum, Pages pages, @RestClient HouseholdApi households,
                      @RestClient ForumApi forums, Clock clock) {
        this.forum = forum;
        this.pages = pages;
        this.households = households;
        this.forums = forums;
        this.clock = clock;
    }

    @GET
    public Uni<TemplateInstance> sitting(@QueryParam("village") String village) {
        return page(village == null ? "" : village.trim(), FormState.NONE, UUID.randomUUID().toString());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Object> hold(MultivaluedMap<String, String> form) {
        Map<String, String> typed = Forms.typed(form);
        String village = typed.getOrDefault("village", "");
        List<String> confirmed = new ArrayList<>();
        List<ForumApi.Dismissed> dismissed = new ArrayList<>();
        typed.forEach((name, decision) -> {
            if (!name.startsWith(DECISION)) {
                return;
            }
            String household = name.substring(DECISION.length());
            if ("confirm".equals(decision)) {
                confirmed.add(household);
            } else if ("dismiss".equals(decision)) {
                dismissed.add(new ForumApi.Dismissed(household, Forms.text(typed.get(DISMISSAL + household)),
                        Forms.text(typed.get(REASON + household))));
            }
        });
        var record = new ForumApi.ForumRecord(Forms.date(typed.get("heldOn")), village,
                Forms.integer(typed.get("attendance")), confirmed, dismissed, nominated(typed));
        String key = Forms.text(typed.get("idempotencyKey"));
        return Forms.submit(forums.hold(key, record),
                URI.create("/households?area=" + village + "&saved=forum"),
                problem -> page(village, FormState.refused("forum", typed, problem), key));
    }

    /** The household the forum named, if the form names one: its head, house and why. */
    private static List<ForumApi.Nominated> nominated(Map<String, String> typed) {
        String nationalId = Forms.text(typed.get("nominee-nationalId"));
        String firstName = Forms.text(typed.get("nominee-firstName"));
        String lastName = Forms.text(typed.get("nominee-lastName"));
        if (nationalId == null && firstName == null && lastName == null) {
            return List.of();
        }
        return List.of(new ForumApi.Nominated(Forms.text(typed.get("nominee-reason")),
                new ForumApi.Head(nationalId, firstName, lastName, Forms.text(typed.get("nominee-phone"))),
                Forms.text(typed.get("nominee-houseNumber")), null));
    }

    private Uni<TemplateInstance> page(String village, FormState form, String key) {
        Uni<List<HouseholdApi.Summary>> candidates = village.length() == 8
                ? households.find(village, "CANDIDATE", null, null, 500).map(page -> page.items())
                : Uni.createFrom().item(List.of());
        return candidates.map(found -> pages.of(forum).data("village", village).data("candidates", found)
                .data("form", form).data("idempotencyKey", key).data("dismissals", DISMISSALS)
                .data("today", Thailand.today(clock).toString()));
    }
}
