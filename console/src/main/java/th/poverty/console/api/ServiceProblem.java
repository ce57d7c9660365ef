package th.poverty.console.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A service's refusal (RFC 7807 problem+json), as the console shows it: the message beside the
 * field it names, and for a stale write (412) the version the service holds now.
 */
public class ServiceProblem extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Body body;

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Body(String type, String title, int status, String detail, String field, List<FieldError> errors,
                       Long currentVersion) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }

    public ServiceProblem(Body body) {
        super(body.status() + " " + body.type() + ": " + body.detail());
        this.body = body;
    }

    public int status() {
        return body.status();
    }

    public String type() {
        return body.type() == null ? "" : body.type();
    }

    public String title() {
        return body.title();
    }

    public String detail() {
        return body.detail();
    }

    public boolean isStale() {
        return body.status() == 412;
    }

    public boolean isUnauthenticated() {
        return body.status() == 401;
    }

    public Optional<Long> currentVersion() {
        return Optional.ofNullable(body.currentVersion());
    }

    /** Each field's message, by the field's name as the service spells it (e.g. {@code wayOut.direction}). */
    public Map<String, String> byField() {
        if (body.errors() != null && !body.errors().isEmpty()) {
            return body.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a));
        }
        return body.field() == null ? Map.of() : Map.of(body.field(), body.detail() == null ? "" : body.detail());
    }

    /** Turns a service's 4xx or 5xx answer into a {@link ServiceProblem}, problem+json or not. */
    public static class Mapper implements ResponseExceptionMapper<ServiceProblem> {

        @Override
        public ServiceProblem toThrowable(Response response) {
            Body body;
            try {
                MediaType type = response.getMediaType();
                boolean json = type != null && type.getSubtype().endsWith("json");
                body = json ? JSON.readValue(response.readEntity(String.class), Body.class) : null;
            } catch (Exception unreadable) {
                body = null;
            }
            if (body == null || body.status() == 0) {
                body = new Body("/problems/unexpected", response.getStatusInfo().getReasonPhrase(), response.getStatus(),
                        null, null, List.of(), null);
            }
            return new ServiceProblem(body);
        }

        @Override
        public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
            return status >= 400;
        }
    }
}
