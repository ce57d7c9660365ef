package th.poverty.plan.compass;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.poverty.web.Caller;
import th.poverty.web.ReadModelRebuildResource;

@Path(ReadModelRebuildResource.PATH)
@Tag(name = "Operations")
public class PlanProjectionResource extends ReadModelRebuildResource {

    public PlanProjectionResource(PlanRebuild rebuild, Caller caller) {
        super(caller, rebuild::rebuild, "the plan read model");
    }
}
