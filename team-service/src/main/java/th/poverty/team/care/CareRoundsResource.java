package th.poverty.team.care;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.team.care.CareRounds.CarerRound;
import th.poverty.team.care.CareRounds.Load;
import th.poverty.team.care.CareRounds.Round;
import th.poverty.web.Caller;
import th.poverty.web.Problem;
import th.poverty.web.ProblemException;
import th.poverty.web.QueryParams;
import th.poverty.web.Roles;

/** Continuity of care: a carer's own round, the households due or overdue a visit, and a district's caseload. */
@Path("/api/v1/care")
@Tag(name = "Care (ดูแลชีวิต)")
@Produces(MediaType.APPLICATION_JSON)
public class CareRoundsResource {

    private final CareRounds rounds;
    private final Areas areas;
    private final Caller caller;

    public CareRoundsResource(CareRounds rounds, Areas areas, Caller caller) {
        this.rounds = rounds;
        this.areas = areas;
        this.caller = caller;
    }

    @GET
    @Path("/my-households")
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER})
    @Operation(summary = "My households: the round of the carer the signed-in person is, the first due first",
            description = "404 not-a-carer when no carer is linked to the token's subject (POST /api/v1/carers/{id}/account).")
    public Uni<CarerRound> mine() {
        return rounds.ofAccount(caller.subject()).map(found -> found.orElseThrow(() -> new ProblemException(
                Problem.of(404, "not-a-carer", "Not a carer", "No carer is linked to your account " + caller.subject()))));
    }

    /** The households due a visit, and how many of them are overdue. */
    public record Due(int due, int overdue, List<Round> households) {
    }

    @GET
    @Path("/visits-due")
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Households due or overdue a visit in an area (a district, tambon or village), optionally one carer's",
            description = "Due: the next visit the carer set is within `within` days (7 by default; 0 for the overdue only); "
                    + "a household never visited is due " + CareRounds.FIRST_VISIT_DAYS + " days after it was taken on.")
    public Uni<Due> due(@QueryParam("area") String area, @QueryParam("carerId") String carerId,
                        @QueryParam("within") Integer within) {
        int days = within == null ? 7 : within;
        if (days < 0 || days > 90) {
            throw ProblemException.badRequest("within", "within is 0 to 90 days");
        }
        return rounds.due(visible(area), carerId, days).map(found -> new Due(found.size(),
                (int) found.stream().filter(Round::overdue).count(), found));
    }

    @GET
    @Path("/caseload")
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "A district's caseload across its teams: each carer's households, those due this week and overdue",
            description = "What the district poverty specialist (ชช.) follows across the district's Smile Teams and "
                    + "operations teams; carers outside a team come last.")
    public Uni<List<Load>> caseload(@QueryParam("area") String area) {
        return rounds.caseload(visible(area));
    }

    private AreaPath visible(String area) {
        AreaPath path = QueryParams.area(areas, area);
        caller.requireArea(path);
        return path;
    }
}
