package th.poverty.undeclared;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An endpoint that forgets to declare who may call it, as a new one might: denied to every caller. */
@Path("/undeclared")
public class UndeclaredResource {

    @GET
    public String secret() {
        return "served";
    }
}
