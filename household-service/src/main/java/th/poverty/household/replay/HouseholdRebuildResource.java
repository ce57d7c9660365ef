package th.poverty.household.replay;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.poverty.web.Caller;
import th.poverty.web.ReadModelRebuildResource;

@Path(ReadModelRebuildResource.PATH)
@Tag(name = "Operations")
public class HouseholdRebuildResource extends ReadModelRebuildResource {

    public HouseholdRebuildResource(HouseholdRebuild rebuild, Caller caller) {
        super(caller, rebuild::rebuild, "the households read model");
    }
}
