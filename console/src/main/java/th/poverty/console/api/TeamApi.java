package th.poverty.console.api;

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
import th.poverty.domain.Label;
import th.poverty.domain.Page;

/** team-service (step 4): a carer's own round, a district's caseload, and carers proposed and assigned in a batch. */
@RegisterRestClient(configKey = "team")
@RegisterClientHeaders(Bearer.class)
@RegisterProvider(ServiceProblem.Mapper.class)
@Path("/api/v1")
public interface TeamApi {

    /** The round of the carer linked to the caller's account; 404 not-a-carer without one. */
    @GET
    @Path("/care/my-households")
    Uni<CarerRound> myHouseholds();

    /** A district's caseload, carer by carer: households cared for, due this week, overdue. */
    @GET
    @Path("/care/caseload")
    Uni<List<Load>> caseload(@QueryParam("area") String area);

    @GET
    @Path("/care/awaiting-carer")
    Uni<Page<Awaiting>> awaitingCarer(@QueryParam("area") String area, @QueryParam("limit") Integer limit);

    /** Matches the area's waiting households to carers with room; nothing is assigned until it is confirmed. */
    @POST
    @Path("/care/proposals")
    Uni<Proposal> propose(Drafting drafting);

    @GET
    @Path("/care/proposals/{proposalId}")
    Uni<Proposal> proposal(@PathParam("proposalId") String proposalId);

    /** Assigns the proposal's matches but those excluded, in one batch. */
    @POST
    @Path("/care/proposals/{proposalId}/confirmation")
    Uni<Proposal> confirm(@PathParam("proposalId") String proposalId, Confirmation confirmation);

    /** Households due a visit within so many days (0: the overdue only), in an area, optionally one carer's. */
    @GET
    @Path("/care/visits-due")
    Uni<Due> visitsDue(@QueryParam("area") String area, @QueryParam("carerId") String carerId,
                       @QueryParam("within") Integer within);

    record Due(int due, int overdue, List<Round> households) {
    }

    /** The team kinds and member roles, in Thai and English: who may care. */
    @GET
    @Path("/teams/vocabulary")
    Uni<Vocabulary> vocabulary();

    /** A carer outside any team: an official or a community leader, with where they care. */
    @POST
    @Path("/carers")
    Uni<Carer> register(@HeaderParam("Idempotency-Key") String key, Registration registration);

    record Vocabulary(List<RoleEntry> roles) {
    }

    record RoleEntry(Label role, boolean leadsCommunity) {
    }

    record Registration(String name, String role, String areaCode, String reason) {
    }

    record Carer(String carerId, String name) {
    }

    record Load(String teamId, String teamName, String carerId, String carerName, int households, int dueThisWeek,
                int overdue) {
    }

    record Awaiting(String householdId, String villageCode, LocalDate identifiedOn) {
    }

    record Drafting(String areaCode) {
    }

    record Confirmation(List<String> exclude, String reason) {
    }

    record Proposal(String proposalId, Place area, String status, List<Match> matches, List<Unmatched> unmatched,
                    String confirmedBy, Outcome outcome) {
    }

    record Place(String code, String nameTh) {
    }

    record Match(String householdId, Place village, String carerId, String carerName, Label match) {
    }

    record Unmatched(String householdId, Place village) {
    }

    /** What a confirmation did: the households assigned, those refused with why, those left out. */
    record Outcome(List<String> assigned, List<Refused> refused, List<String> excluded) {
    }

    record Refused(String householdId, String carerId, String type, String detail) {
    }

    record CarerRound(String carerId, String name, List<Round> households) {
    }

    record Round(String householdId, String carerId, String carerName, String villageCode, LocalDate since,
                 LocalDate lastVisitedOn, LocalDate dueOn, boolean overdue) {
    }
}
