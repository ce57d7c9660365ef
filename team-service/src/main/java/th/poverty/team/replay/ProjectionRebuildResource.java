package th.poverty.team.replay;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.poverty.web.Caller;
import th.poverty.web.ReadModelRebuildResource;

@Path(ReadModelRebuildResource.PATH)
@Tag(name = "Operations")
public class ProjectionRebuildResource extends ReadModelRebuildResource {

    public ProjectionRebuildResource(ProjectionRebuild rebuild, Caller caller) {
        super(caller, rebuild::rebuild, "the team and carer read models");
    }
}
