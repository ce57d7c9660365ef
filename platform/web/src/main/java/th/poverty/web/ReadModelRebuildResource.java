package th.poverty.web;

import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import th.poverty.eventstore.ProjectionReplay.Rebuilt;

/**
 * {@code POST /api/v1/admin/projections/rebuild} of a service that rebuilds its read models from
 * its own events table: for the ministry, with a token for the whole country, logged with who
 * asked. A service extends it with the path and its rebuild.
 */
public abstract class ReadModelRebuildResource {

    public static final String PATH = "/api/v1/admin/projections/rebuild";
    private static final Logger LOG = Logger.getLogger(ReadModelRebuildResource.class);

    private final Caller caller;
    private final Supplier<Uni<Rebuilt>> rebuild;
    private final String readModels;

    /** @param readModels what is rebuilt, for the log, e.g. "the households read model" */
    protected ReadModelRebuildResource(Caller caller, Supplier<Uni<Rebuilt>> rebuild, String readModels) {
        this.caller = caller;
        this.rebuild = rebuild;
        this.readModels = readModels;
    }

    @POST
    @RolesAllowed(Roles.MINISTRY)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rebuild this service's read models by replaying its event store",
            description = "Runs in one transaction; the service's commands wait until it completes.")
    public Uni<Rebuilt> rebuild() {
        caller.requireCountry();
        String who = caller.subject();
        return rebuild.get().invoke(rebuilt -> LOG.infof("%s rebuilt %s from %d events", who, readModels,
                rebuilt.eventsReplayed()));
    }
}
