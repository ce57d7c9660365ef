package th.poverty.household.replay;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import th.poverty.eventstore.ProjectionReplay.Rebuilt;
import th.poverty.web.Caller;
import th.poverty.web.Roles;

@Path("/api/v1/admin/projections/rebuild")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdRebuildResource {

    private static final Logger LOG = Logger.getLogger(HouseholdRebuildResource.class);

    private final HouseholdRebuild rebuild;
    private final Caller caller;

    public HouseholdRebuildResource(HouseholdRebuild rebuild, Caller caller) {
        this.rebuild = rebuild;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.MINISTRY)
    @Operation(summary = "Rebuild the households read model from the event store",
            description = "Runs in one transaction; household commands wait until it completes.")
    public Uni<Rebuilt> rebuild() {
        caller.requireCountry();
        String who = caller.subject();
        return rebuild.rebuild().invoke(rebuilt -> LOG.infof("%s rebuilt the households read model from %d events",
                who, rebuilt.eventsReplayed()));
    }
}
