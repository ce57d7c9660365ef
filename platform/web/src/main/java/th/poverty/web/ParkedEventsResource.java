package th.poverty.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import th.poverty.eventstore.ParkedEvents;
import th.poverty.eventstore.ParkedEvents.Parked;

/**
 * {@code /api/v1/admin/outbox/parked}: the events Kafka refused for good, for the ministry with a
 * token for the whole country, and their retry, logged with who asked. A service extends it with
 * the path.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class ParkedEventsResource {

    public static final String PATH = "/api/v1/admin/outbox/parked";
    private static final Logger LOG = Logger.getLogger(ParkedEventsResource.class);

    private final Caller caller;
    private final ParkedEvents parked;

    protected ParkedEventsResource(Caller caller, ParkedEvents parked) {
        this.caller = caller;
        this.parked = parked;
    }

    @GET
    @RolesAllowed(Roles.MINISTRY)
    @Operation(summary = "The events Kafka refused for good, each with the stream's events waiting behind it")
    public Uni<List<Parked>> list() {
        caller.requireCountry();
        return parked.list();
    }

    @POST
    @Path("/{streamId}/retry")
    @RolesAllowed(Roles.MINISTRY)
    @Operation(summary = "Queue a parked stream's events again, in their order, once Kafka can take them")
    public Uni<RetryQueued> retry(@PathParam("streamId") String streamId) {
        caller.requireCountry();
        String who = caller.subject();
        return parked.retry(streamId).map(queued -> {
            if (queued == 0) {
                throw ProblemException.rejected("nothing-parked", "Nothing parked",
                        "No event of stream " + streamId + " is parked");
            }
            LOG.infof("%s queued the %d parked event(s) of stream %s again", who, queued, streamId);
            return new RetryQueued(streamId, queued);
        });
    }

    /** The events of the stream queued again. */
    public record RetryQueued(String streamId, int queued) {
    }
}
