package th.poverty.testing.fuzz;

import java.util.Map;

/**
 * One malformed request. {@code path} is already encoded (with its query), so that a case can send
 * bytes a client library would have escaped. A decisive case is invalid whatever the state of the
 * service and must be refused (4xx); any other must at least not fail (no 5xx).
 *
 * @param headers by name; a null Content-Type sends none
 */
public record FuzzCase(String operation, String kind, String verb, String path, Map<String, String> headers, byte[] body,
                       boolean decisive) {

    @Override
    public String toString() {
        String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 200), java.nio.charset.StandardCharsets.UTF_8);
        return operation + " [" + kind + "] " + verb + " " + (path.length() > 200 ? path.substring(0, 200) + "…" : path)
                + " " + headers + " " + shown + (body != null && body.length > 200 ? "… (" + body.length + " bytes)" : "");
    }
}
