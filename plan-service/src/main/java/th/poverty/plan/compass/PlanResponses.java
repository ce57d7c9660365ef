package th.poverty.plan.compass;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import th.poverty.web.Versions;

/** A plan in a response: its view, with its version as the ETag to send back in If-Match. */
final class PlanResponses {

    private PlanResponses() {
    }

    /** The view as stored: no JSON work per response. */
    static Response ok(PlanDocument plan) {
        return Response.ok(plan.json(), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, Versions.etag(plan.version())).build();
    }
}
