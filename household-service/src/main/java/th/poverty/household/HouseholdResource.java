package th.poverty.household;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import th.poverty.area.Areas;
import th.poverty.web.Caller;
import th.poverty.web.HistoryEntry;
import th.poverty.web.Roles;
import th.poverty.web.ShowsFreeText;
import th.poverty.web.Versions;

@Path("/api/v1/households/{householdId}")
@Tag(name = "Households")
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdResource {

    private final Households households;
    private final Areas areas;
    private final Caller caller;
    private final PersonalDataReads personalData;

    public HouseholdResource(Households households, Areas areas, Caller caller, PersonalDataReads personalData) {
        this.households = households;
        this.personalData = personalData;
        this.areas = areas;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "One household with its current state; the ETag is its version",
            description = "The head's personal data is included only for field teams and district or province officers "
                    + "who state why in X-Purpose (UTF-8, percent-encoded where not ASCII); every such read is logged. The full national ID only for district officers.")
    public Uni<Response> get(@PathParam("householdId") String householdId,
                             @HeaderParam(PersonalDataReads.PURPOSE_HEADER) String purpose) {
        return households.find(householdId).flatMap(found -> {
            var household = caller.visible(found, Household::area, "Household", householdId);
            return personalData.head(householdId, caller, purpose)
                    .flatMap(head -> households.atTheSameHouse(householdId, caller).map(sameHouse -> Response
                            .ok(HouseholdView.of(household.aggregate(), household.version(), head, sameHouse, areas))
                            .header(HttpHeaders.ETAG, Versions.etag(household.version()))
                            .build()));
        });
    }

    @GET
    @Path("/personal-data-reads")
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Who read this household's personal data, when and why (PDPA audit)")
    public Uni<List<PersonalDataReads.Read>> personalDataReads(@PathParam("householdId") String householdId) {
        return households.find(householdId).flatMap(found -> {
            caller.visible(found, Household::area, "Household", householdId);
            return personalData.reads(householdId);
        });
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Every event of the household, oldest first, with who, when and why (the audit trail)")
    @ShowsFreeText
    public Uni<List<HistoryEntry>> history(@PathParam("householdId") String householdId) {
        return households.find(householdId).flatMap(found -> {
            caller.visible(found, Household::area, "Household", householdId);
            return households.history(householdId).map(events -> events.stream().map(HistoryEntry::of).toList());
        });
    }
}
