package th.poverty.household.replay;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.poverty.eventstore.ParkedEvents;
import th.poverty.web.Caller;
import th.poverty.web.ParkedEventsResource;

@Path(ParkedEventsResource.PATH)
@Tag(name = "Operations")
public class HouseholdParkedEventsResource extends ParkedEventsResource {

    public HouseholdParkedEventsResource(Caller caller, ParkedEvents parked) {
        super(caller, parked);
    }
}
