package th.poverty.console.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The session is the bearer token itself, in an HttpOnly, SameSite=Strict cookie that scripts
 * cannot read and other sites cannot send. The console reads the token's claims only to choose
 * pages; it does not verify the signature, because it decides nothing: every service it calls
 * verifies the token and refuses a forged one (401), and the console then asks to sign in again.
 */
@ApplicationScoped
public class SessionCookie {

    public static final String NAME = "console_session";

    private final ObjectMapper json;
    private final boolean secure;

    public SessionCookie(ObjectMapper json, @ConfigProperty(name = "console.session.secure-cookie") boolean secure) {
        this.json = json;
        this.secure = secure;
    }

    /** The person a token names (the cookie's, or the identity provider's access token), if it is a well-formed JWT that has not expired. */
    public Optional<Person> read(String token, Instant now) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
            Set<String> roles = new HashSet<>();
            claims.path("groups").forEach(role -> roles.add(role.asText()));
            Instant expiresAt = Instant.ofEpochSecond(claims.path("exp").asLong());
            String subject = claims.path("sub").asText("");
            if (subject.isEmpty() || !expiresAt.isAfter(now)) {
                return Optional.empty();
            }
            return Optional.of(new Person(subject, Set.copyOf(roles), claims.path("area").asText(""), expiresAt));
        } catch (IllegalArgumentException | java.io.IOException notAToken) {
            return Optional.empty();
        }
    }

    public NewCookie issue(String token, Duration lifetime) {
        return cookie(token, (int) lifetime.toSeconds());
    }

    public NewCookie clear() {
        return cookie("", 0);
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(NAME).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }
}
