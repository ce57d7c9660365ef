package th.poverty.household.folder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.area.Areas;
import th.poverty.household.Household;
import th.poverty.household.Households;
import th.poverty.household.PersonalData;
import th.poverty.web.Caller;
import th.poverty.web.Roles;
import th.poverty.web.ShowsFreeText;

@Path("/api/v1/households/{householdId}/family-folder")
@Tag(name = "Identify (ชี้เป้าชีวิต)")
@Produces(MediaType.APPLICATION_JSON)
public class FamilyFolderResource {

    private final Households households;
    private final PersonalData people;
    private final Areas areas;
    private final Caller caller;
    private final Pool pool;

    public FamilyFolderResource(Households households, PersonalData people, Areas areas, Caller caller, Pool pool) {
        this.households = households;
        this.people = people;
        this.areas = areas;
        this.caller = caller;
        this.pool = pool;
    }

    @GET
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "The household's Family Folder: members, visits, the 4 ท, causes by the five dimensions, "
            + "the acknowledgement and the classification with its reason")
    @ShowsFreeText
    public Uni<FamilyFolder> folder(@PathParam("householdId") String householdId) {
        return households.find(householdId).flatMap(found -> {
            var household = caller.visible(found, Household::area, "Household", householdId);
            return households.history(householdId).flatMap(history -> people.members(pool, householdId)
                    .map(members -> FamilyFolder.of(household.aggregate(), household.version(), history, members, areas)));
        });
    }
}
