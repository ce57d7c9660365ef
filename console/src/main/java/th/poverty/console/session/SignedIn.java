package th.poverty.console.session;

import java.net.URI;
import java.time.Clock;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every page but sign-in and the language switch needs someone signed in; without a session, or
 * with an expired one, the browser is sent to sign in and brought back afterwards.
 */
public class SignedIn {

    private static final Set<String> OPEN = Set.of("/sign-in", "/language");

    private final Session session;
    private final SessionCookie cookies;
    private final Clock clock;

    public SignedIn(Session session, SessionCookie cookies, Clock clock) {
        this.session = session;
        this.cookies = cookies;
        this.clock = clock;
    }

    @ServerRequestFilter
    public Response require(ContainerRequestContext request) {
        var cookie = request.getCookies().get(SessionCookie.NAME);
        String token = cookie == null ? null : cookie.getValue();
        cookies.read(token, clock.instant()).ifPresent(person -> session.signedIn(person, token));
        String path = request.getUriInfo().getPath();
        if (session.isSignedIn() || OPEN.contains(path)) {
            return null;
        }
        String back = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        return Response.seeOther(URI.create("/sign-in?back=" + java.net.URLEncoder.encode(
                query == null ? back : back + "?" + query, java.nio.charset.StandardCharsets.UTF_8))).build();
    }
}
