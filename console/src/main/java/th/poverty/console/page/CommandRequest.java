package th.poverty.console.page;

import jakarta.enterprise.context.RequestScoped;

import io.vertx.core.http.HttpServerRequest;

/**
 * A form sent from the device's queue rather than by the browser: it carries the key the device
 * gave the command when the carer recorded it, and asks for the outcome as JSON. The key goes on
 * to the service with the one command the form sends, so a resend after a dropped answer is
 * recognised there and changes nothing.
 */
@RequestScoped
public class CommandRequest {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final HttpServerRequest request;

    public CommandRequest(HttpServerRequest request) {
        this.request = request;
    }

    /** The device's key for the command, or null for a form the browser sent itself. */
    public String key() {
        String key = request.getHeader(IDEMPOTENCY_KEY);
        return key == null || key.isBlank() ? null : key.trim();
    }

    /** The device's queue asks for the outcome as JSON: applied, conflict or refused. */
    public boolean answersJson() {
        return key() != null && wantsJson(request.getHeader("Accept"));
    }

    public static boolean wantsJson(String accept) {
        return accept != null && accept.contains("application/json");
    }
}
