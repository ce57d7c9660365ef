package th.poverty.plan.compass;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import th.poverty.eventstore.ProjectionReplay.Rebuilt;
import th.poverty.web.Caller;
import th.poverty.web.Roles;

@Path("/api/v1/admin/projections/rebuild")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class PlanProjectionResource {

    private final PlanRebuild rebuild;
    private final Caller caller;

    public PlanProjectionResource(PlanRebuild rebuild, Caller caller) {
        this.rebuild = rebuild;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.MINISTRY)
    @Operation(summary = "Drop the plan read model and rebuild it by replaying the plan events; plan commands wait meanwhile")
    public Uni<Rebuilt> rebuild() {
        caller.requireCountry();
        return rebuild.rebuild();
    }
}
