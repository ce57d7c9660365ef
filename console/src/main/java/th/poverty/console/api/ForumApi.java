package th.poverty.console.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/** household-service's village forums (เวทีประชาคม): survey candidates confirmed and dismissed, households named, in one sitting. */
@RegisterRestClient(configKey = "household")
@RegisterClientHeaders(Bearer.class)
@RegisterProvider(ServiceProblem.Mapper.class)
@Path("/api/v1/forums")
public interface ForumApi {

    /** One record for the sitting: household-service refuses all of it if it refuses one decision. */
    @POST
    Uni<Forum> hold(@HeaderParam("Idempotency-Key") String key, ForumRecord record);

    record ForumRecord(LocalDate heldOn, String villageCode, Integer attendance, List<String> confirmed,
                       List<Dismissed> dismissed, List<Nominated> nominated) {
    }

    /** A household the forum names itself (ชี้เป้าโดยประชาคม): its head's personal data stays in household-service. */
    record Nominated(String reason, Head head, String houseNumber, String address) {
    }

    record Head(String nationalId, String firstName, String lastName, String phone) {
    }

    record Dismissed(String householdId, String dismissal, String reason) {
    }

    record Forum(String forumId, LocalDate heldOn, int attendance, List<String> confirmed, List<String> dismissed) {
    }
}
