package th.poverty.team.care;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import th.poverty.area.Areas;
import th.poverty.team.carer.CarerRequests.Reassignment;
import th.poverty.team.carer.Carers;
import th.poverty.web.Caller;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;

@Path("/api/v1/care/households/{householdId}")
@Tag(name = "Care (ดูแลชีวิต)")
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdCareResource {

    private final HouseholdCare care;
    private final Carers carers;
    private final Areas areas;
    private final Caller caller;

    public HouseholdCareResource(HouseholdCare care, Carers carers, Areas areas, Caller caller) {
        this.care = care;
        this.carers = carers;
        this.areas = areas;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY})
    @Operation(summary = "The household's carer now and its former carers")
    public Uni<HouseholdCareView> get(@PathParam("householdId") String householdId) {
        return view(householdId);
    }

    @POST
    @Path("/reassignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Hand the household over to another carer, with the reason",
            description = "Its carer releases it (REASSIGNED) and the new carer takes it, in one step: if the new carer "
                    + "cannot take it (409), nothing changes.")
    public Uni<HouseholdCareView> reassign(@PathParam("householdId") String householdId,
                                           @NotNull @Valid Reassignment reassignment) {
        return carers.reassign(householdId, reassignment.carerId(), caller,
                        caller.metadata(reassignment.reason(), null))
                .flatMap(done -> view(householdId));
    }

    private Uni<HouseholdCareView> view(String householdId) {
        return care.find(householdId).map(found -> found
                .filter(record -> caller.mayAct(record.household().area()))
                .map(record -> HouseholdCareView.of(record, areas))
                .orElseThrow(() -> ProblemException.notFound("Household", householdId)));
    }
}
