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
import th.poverty.eventstore.DatabaseOutage;
import th.poverty.eventstore.Inbox;
import th.poverty.eventstore.Inbox.HeldStream;

/**
 * {@code /api/v1/admin/inbox/held}: the streams this service's consumers hold back behind an
 * event that kept failing (dead-lettered with its reason), for the ministry with a token for the
 * whole country, and their replay once the cause is fixed, logged with who asked. A service
 * extends it with the path.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class HeldEventsResource {

    public static final String PATH = "/api/v1/admin/inbox/held";
    private static final Logger LOG = Logger.getLogger(HeldEventsResource.class);

    private final Caller caller;
    private final Inbox inbox;

    protected HeldEventsResource(Caller caller, Inbox inbox) {
        this.caller = caller;
        this.inbox = inbox;
    }

    @GET
    @RolesAllowed(Roles.MINISTRY)
    @Operation(summary = "The streams held back behind an event that kept failing, with its reason")
    public Uni<List<HeldStream>> list() {
        caller.requireCountry();
        return inbox.held();
    }

    @POST
    @Path("/{consumer}/{streamId}/replay")
    @RolesAllowed(Roles.MINISTRY)
    @Operation(summary = "Handle a held stream's events again, in their order, and release it")
    public Uni<Replayed> replay(@PathParam("consumer") String consumer, @PathParam("streamId") String streamId) {
        caller.requireCountry();
        String who = caller.subject();
        return inbox.replay(consumer, streamId)
                .onFailure(failure -> !DatabaseOutage.causedBy(failure) && !(failure instanceof ProblemException))
                .transform(failure -> ProblemException.rejected("still-failing", "Still failing",
                        "The held events of " + streamId + " failed again and stay held: " + failure.getMessage()))
                .map(handled -> {
                    if (handled == 0) {
                        throw ProblemException.rejected("nothing-held", "Nothing held",
                                consumer + " holds no event of stream " + streamId);
                    }
                    LOG.infof("%s replayed the %d held event(s) of stream %s for %s", who, handled, streamId, consumer);
                    return new Replayed(consumer, streamId, handled);
                });
    }

    /** The held events handled. */
    public record Replayed(String consumer, String streamId, int handled) {
    }
}
