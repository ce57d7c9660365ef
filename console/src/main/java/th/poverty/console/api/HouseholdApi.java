package th.poverty.console.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;
import th.poverty.area.AreaView;
import th.poverty.domain.Label;
import th.poverty.domain.Page;

/** household-service (step 1): households, their Family Folders, and the commands a team records. */
@RegisterRestClient(configKey = "household")
@RegisterClientHeaders(Bearer.class)
@RegisterProvider(ServiceProblem.Mapper.class)
@Path("/api/v1/households")
public interface HouseholdApi {

    String PURPOSE = "X-Purpose";
    String IF_MATCH = "If-Match";
    /** The device's key for a command sent from its queue: the service answers a repeat as it did the first time. */
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @GET
    Uni<Page<Summary>> find(@QueryParam("area") String area, @QueryParam("status") String status,
                            @QueryParam("group") String group, @QueryParam("after") String after,
                            @QueryParam("limit") Integer limit);

    /** The household; its head only with a purpose, which household-service logs. */
    @GET
    @Path("/{householdId}")
    Uni<Household> household(@PathParam("householdId") String householdId, @HeaderParam(PURPOSE) String purpose);

    @GET
    @Path("/{householdId}/family-folder")
    Uni<FamilyFolder> familyFolder(@PathParam("householdId") String householdId);

    @POST
    @Path("/{householdId}/visits")
    Uni<Household> visit(@PathParam("householdId") String householdId, @HeaderParam(IF_MATCH) String version,
                          @HeaderParam(IDEMPOTENCY_KEY) String key, Visit visit);

    @POST
    @Path("/{householdId}/assessment")
    Uni<Household> assess(@PathParam("householdId") String householdId, @HeaderParam(IF_MATCH) String version,
                          @HeaderParam(IDEMPOTENCY_KEY) String key,
                          FourT assessment);

    @POST
    @Path("/{householdId}/poverty-causes")
    Uni<Household> causes(@PathParam("householdId") String householdId, @HeaderParam(IF_MATCH) String version,
                          @HeaderParam(IDEMPOTENCY_KEY) String key,
                          CausesRequest causes);

    @POST
    @Path("/{householdId}/poverty-causes/acknowledgement")
    Uni<Household> acknowledge(@PathParam("householdId") String householdId, @HeaderParam(IF_MATCH) String version,
                          @HeaderParam(IDEMPOTENCY_KEY) String key,
                               Acknowledgement acknowledgement);

    @POST
    @Path("/{householdId}/classification")
    Uni<Household> classify(@PathParam("householdId") String householdId, @HeaderParam(IF_MATCH) String version,
                            ClassificationRequest classification);

    /** A household in a list: its place, status and group. */
    record Summary(String householdId, String status, String group, String source, String villageCode,
                   LocalDate identifiedOn, long version) {
    }

    record Household(String householdId, Label status, Label source, AreaView area, LocalDate identifiedOn, Label group,
                     Integer members, int visits, boolean povertyCausesRecorded, boolean povertyCausesAcknowledged,
                     Label closure, Label dismissal, Head head, long version) {
    }

    /** The head as the caller may see them: the national ID masked unless their role verifies identities. */
    record Head(String firstName, String lastName, String nationalId, String phone, String address) {
    }

    record FamilyFolder(String householdId, Integer memberCount, List<Member> members, List<FolderVisit> visits,
                        Assessment assessment, LocalDate causesRecordedOn, List<Causes> causes, LocalDate acknowledgedOn,
                        Classification classification, long version) {
    }

    record Member(Label relation, Label ageBand, boolean disabled, boolean bedridden, boolean elderlyLivingAlone) {
    }

    record FolderVisit(LocalDate visitedOn, List<String> visitedBy, String notes) {
    }

    record Assessment(LocalDate assessedOn, Attitude attitude, Skills skills, Resources resources, WayOut wayOut) {
    }

    record Attitude(Label part, boolean willingToChange, String notes) {
    }

    record Skills(Label part, int workingMembers, List<String> skills, String notes) {
    }

    record Resources(Label part, BigDecimal landRai, boolean ownsLand, List<String> meansOfProduction, String notes) {
    }

    record WayOut(Label part, String direction, String notes) {
    }

    record Causes(Label dimension, List<String> causes) {
    }

    record Classification(Label group, String reason, LocalDate classifiedOn) {
    }

    /** A home visit, as household-service takes it. */
    record Visit(LocalDate visitedOn, List<String> visitedBy, String notes) {
    }

    /** The Family Folder's causes, each under one of the five dimensions, as household-service takes them. */
    record CausesRequest(List<Cause> causes, String reason) {
    }

    record Cause(String dimension, String description) {
    }

    record Acknowledgement(LocalDate acknowledgedOn) {
    }

    /** @param welfareNeeds for group ก, the needs that open welfare referrals in plan-service */
    record ClassificationRequest(String group, List<String> welfareNeeds, String reason) {
    }

    /** The 4 ท, as household-service takes it. */
    record FourT(LocalDate assessedOn, FourT.Attitude attitude, FourT.Skills skills, FourT.Resources resources,
                 FourT.WayOut wayOut) {

        public record Attitude(Boolean willingToChange, String notes) {
        }

        public record Skills(Integer workingMembers, List<String> skills, String notes) {
        }

        public record Resources(BigDecimal landRai, Boolean ownsLand, List<String> meansOfProduction, String notes) {
        }

        public record WayOut(String direction, String notes) {
        }
    }
}
