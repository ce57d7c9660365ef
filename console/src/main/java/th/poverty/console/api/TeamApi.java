package th.poverty.console.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/** team-service (step 4): the carer's own round. */
@RegisterRestClient(configKey = "team")
@RegisterClientHeaders(Bearer.class)
@RegisterProvider(ServiceProblem.Mapper.class)
@Path("/api/v1/care")
public interface TeamApi {

    /** The round of the carer linked to the caller's account; 404 not-a-carer without one. */
    @GET
    @Path("/my-households")
    Uni<CarerRound> myHouseholds();

    record CarerRound(String carerId, String name, List<Round> households) {
    }

    record Round(String householdId, String villageCode, LocalDate since, LocalDate lastVisitedOn, LocalDate dueOn,
                 boolean overdue) {
    }
}
