package th.poverty.console.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;
import th.poverty.domain.Label;

/** team-service (step 4): a carer's own round, a district's caseload, and carers proposed and assigned in a batch. */
@RegisterRestClient(configKey = "team")
@RegisterClientHeaders(Bearer.class)
@RegisterProvider(ServiceProblem.Mapper.class)
@Path("/api/v1/care")
public interface TeamApi {

    /** The round of the carer linked to the caller's account; 404 not-a-carer without one. */
    @GET
    @Path("/my-households")
    Uni<CarerRound> myHouseholds();

    /** A district's caseload, carer by carer: households cared for, due this week, overdue. */
    @GET
    @Path("/caseload")
    Uni<List<Load>> caseload(@QueryParam("area") String area);

    @GET
    @Path("/awaiting-carer")
    Uni<Page<Awaiting>> awaitingCarer(@QueryParam("area") String area, @QueryParam("limit") Integer limit);

    /** Matches the area's waiting households to carers with room; nothing is assigned until it is confirmed. */
    @POST
    @Path("/proposals")
    Uni<Proposal> propose(Drafting drafting);

    @GET
    @Path("/proposals/{proposalId}")
    Uni<Proposal> proposal(@PathParam("proposalId") String proposalId);

    /** Assigns the proposal's matches but those excluded, in one batch. */
    @POST
    @Path("/proposals/{proposalId}/confirmation")
    Uni<Proposal> confirm(@PathParam("proposalId") String proposalId, Confirmation confirmation);

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

    record Round(String householdId, String villageCode, LocalDate since, LocalDate lastVisitedOn, LocalDate dueOn,
                 boolean overdue) {
    }
}
