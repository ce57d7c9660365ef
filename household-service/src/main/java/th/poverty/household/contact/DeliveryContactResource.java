package th.poverty.household.contact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.household.PersonalDataReads;
import th.poverty.web.Caller;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;

/**
 * Where a partner agency delivers its help: the household's head and contact, only to an agency
 * with an open problem of the household, only with a stated purpose, and logged (PDPA).
 */
@Path("/api/v1/households/{householdId}/delivery-contact")
@Tag(name = "Households")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryContactResource {

    private final AgencyWork work;
    private final PersonalDataReads personalData;
    private final Pool pool;
    private final Caller caller;

    public DeliveryContactResource(AgencyWork work, PersonalDataReads personalData, Pool pool, Caller caller) {
        this.work = work;
        this.personalData = personalData;
        this.pool = pool;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.PARTNER_AGENCY)
    @Operation(summary = "The household's delivery contact, for the agency a problem of it is with",
            description = "Needs X-Purpose (why; UTF-8, percent-encoded where not ASCII); every read is logged in the "
                    + "household's personal-data reads. 404 unless the caller's agency has an open problem of the household.")
    public Uni<PersonalDataReads.Contact> contact(@PathParam("householdId") String householdId,
                                                  @HeaderParam(PersonalDataReads.PURPOSE_HEADER) String purpose) {
        String agency = caller.ownAgency(null);
        return work.works(pool, householdId, agency).chain(works -> {
            if (!works) {
                throw ProblemException.notFound("Household", householdId);
            }
            return personalData.deliveryContact(householdId, caller, purpose);
        }).map(contact -> {
            if (contact == null) {
                throw ProblemException.notFound("Household", householdId);
            }
            return contact;
        });
    }
}
