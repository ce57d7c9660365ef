package th.poverty.plan.households;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import th.poverty.web.Caller;
import th.poverty.web.Roles;

@Path("/api/v1/households/{householdId}/plan-eligibility")
@Tag(name = "Life compass (เข็มทิศชีวิต)")
@Produces(MediaType.APPLICATION_JSON)
public class PlanEligibilityResource {

    private final PlanHouseholds households;
    private final Caller caller;

    public PlanEligibilityResource(PlanHouseholds households, Caller caller) {
        this.households = households;
        this.caller = caller;
    }

    /** {@code missing}: every step of step 1 still to take before a compass, each with a stable code. */
    public record Eligibility(String householdId, String villageCode, String status, boolean eligible, String reason,
                              List<PlanEligibility.Missing> missing) {
    }

    @GET
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY})
    @Operation(summary = "Whether a life-compass plan may be drafted for the household, and why (not)")
    public Uni<Eligibility> eligibility(@PathParam("householdId") String householdId) {
        return households.find(householdId).map(found -> {
            var household = caller.within(found, PlanHousehold::area, "Household", householdId);
            var verdict = PlanEligibility.of(household);
            return new Eligibility(household.householdId(), household.area().village(), household.status(),
                    verdict.eligible(), verdict.reason(), verdict.missing());
        });
    }
}
