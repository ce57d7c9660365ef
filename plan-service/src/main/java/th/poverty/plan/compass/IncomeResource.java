package th.poverty.plan.compass;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import th.poverty.plan.compass.PlanCommand.RecordIncome;
import th.poverty.plan.compass.PlanRecords.Income;
import th.poverty.plan.compass.PlanRequests.IncomeMeasurement;
import th.poverty.web.Caller;
import th.poverty.web.Roles;
import th.poverty.web.Versions;

/** The household's income, measured month by month with it (step 5 tracks its rise). */
@Path("/api/v1/plans/{planId}/incomes")
@Tag(name = "Income (รายได้)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IncomeResource {

    private final Plans plans;
    private final PlanQueries queries;
    private final Caller caller;

    public IncomeResource(Plans plans, PlanQueries queries, Caller caller) {
        this.plans = plans;
        this.queries = queries;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Record the household's income for a month (IncomeRecorded, published for the graduation rule)",
            description = "Income by source for the whole household; the event carries it per person per month and "
                    + "annualised per person per year. Measuring a month again replaces its earlier measurement. Needs If-Match.")
    public Uni<Response> record(@PathParam("planId") String planId, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                @NotNull @Valid IncomeMeasurement income) {
        long expected = Versions.required(ifMatch);
        var sources = income.sources().stream().map(s -> new IncomeSource(s.source(), s.monthlyAmountThb())).toList();
        return plans.handle(planId, expected, new RecordIncome(income.month(), income.householdMembers(), sources), caller,
                income.reason()).map(PlanResponses::ok);
    }

    @GET
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY})
    @Operation(summary = "The household's income month by month, oldest first")
    public Uni<List<Income>> incomes(@PathParam("planId") String planId) {
        return queries.ifVisible(planId, caller, () -> queries.incomes(planId));
    }
}
