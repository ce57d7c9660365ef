package th.poverty.console.session;

import java.net.URI;
import java.time.Clock;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import th.poverty.console.page.CommandRequest;
import th.poverty.console.page.Forms;

/**
 * Who the request is from: the person the identity provider signed in (the code flow's access
 * token), or on the local system the demo person of the session cookie. Every page but sign-in
 * and the language switch needs someone; without, the browser is sent to sign in and brought back.
 */
public class SignedIn {

    /** Sign-in, the language switch, and what the browser fetches without the person to install the app offline. */
    private static final Set<String> OPEN = Set.of("/sign-in", "/language", "/manifest.webmanifest", "/offline");

    private final Session session;
    private final SessionCookie cookies;
    private final SecurityIdentity identity;
    private final Clock clock;

    public SignedIn(Session session, SessionCookie cookies, SecurityIdentity identity, Clock clock) {
        this.session = session;
        this.cookies = cookies;
        this.identity = identity;
        this.clock = clock;
    }

    @ServerRequestFilter
    public Response require(ContainerRequestContext request) {
        AccessTokenCredential signedIn = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        var cookie = request.getCookies().get(SessionCookie.NAME);
        String token = signedIn != null ? signedIn.getToken() : cookie == null ? null : cookie.getValue();
        cookies.read(token, clock.instant()).ifPresent(person -> session.signedIn(person, token));
        String path = request.getUriInfo().getPath();
        if (session.isSignedIn() || OPEN.contains(path)) {
            return null;
        }
        if (request.getHeaderString(CommandRequest.IDEMPOTENCY_KEY) != null
                && CommandRequest.wantsJson(request.getHeaderString("Accept"))) {
            // a command from the device's queue: it stays queued until they sign in again
            return Forms.unauthenticated();
        }
        String back = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        return Response.seeOther(URI.create("/sign-in?back=" + java.net.URLEncoder.encode(
                query == null ? back : back + "?" + query, java.nio.charset.StandardCharsets.UTF_8))).build();
    }
}
