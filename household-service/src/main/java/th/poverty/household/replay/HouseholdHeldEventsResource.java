package th.poverty.household.replay;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.poverty.eventstore.Inbox;
import th.poverty.web.Caller;
import th.poverty.web.HeldEventsResource;

@Path(HeldEventsResource.PATH)
@Tag(name = "Operations")
public class HouseholdHeldEventsResource extends HeldEventsResource {

    public HouseholdHeldEventsResource(Caller caller, Inbox inbox) {
        super(caller, inbox);
    }
}
