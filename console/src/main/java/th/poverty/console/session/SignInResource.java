package th.poverty.console.session;

import java.net.URI;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import th.poverty.console.page.Pages;

/**
 * Signing in and out, the language switch, and the first page after signing in: a carer's
 * round, a district's households, everyone else's area overview.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    private final Template signIn;
    private final Pages pages;
    private final DemoTokens tokens;
    private final SessionCookie cookies;
    private final Session session;

    public SignInResource(@Location("sign-in.html") Template signIn, Pages pages, DemoTokens tokens, SessionCookie cookies,
                          Session session) {
        this.signIn = signIn;
        this.pages = pages;
        this.tokens = tokens;
        this.cookies = cookies;
        this.session = session;
    }

    @GET
    public Response home() {
        Person me = session.person();
        String home = switch (me.role()) {
            case Person.FIELD_TEAM -> "/care";
            case Person.DISTRICT_OFFICER -> "/households?area=" + me.area();
            case Person.PARTNER_AGENCY -> "/problems";
            default -> "/areas/" + me.homeArea();
        };
        return Response.seeOther(URI.create(home)).build();
    }

    @GET
    @Path("sign-in")
    public Object page(@QueryParam("back") String back) {
        if (session.isSignedIn()) {
            return Response.seeOther(URI.create(safe(back))).build();
        }
        return pages.of(signIn).data("demo", tokens.enabled() ? DemoPerson.CHACHOENGSAO : java.util.List.of())
                .data("back", safe(back)).render();
    }

    @POST
    @Path("sign-in")
    public Response signIn(@FormParam("person") String id, @FormParam("back") String back) {
        var person = DemoPerson.find(id == null ? "" : id);
        if (!tokens.enabled() || person.isEmpty()) {
            return Response.seeOther(URI.create("/sign-in")).build();
        }
        NewCookie cookie = cookies.issue(tokens.mint(person.get()), DemoTokens.LIFETIME);
        return Response.seeOther(URI.create(safe(back))).cookie(cookie).build();
    }

    @POST
    @Path("sign-out")
    public Response signOut() {
        return Response.seeOther(URI.create("/sign-in")).cookie(cookies.clear()).build();
    }

    @GET
    @Path("language")
    public Response language(@QueryParam("to") String to, @QueryParam("back") String back) {
        String language = "en".equals(to) ? "en" : "th";
        var cookie = new NewCookie.Builder(Pages.LANGUAGE_COOKIE).value(language).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(safe(back))).cookie(cookie).build();
    }

    /** Only a path on this console: never another site (an open redirect). */
    static String safe(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return "/";
        }
        return back;
    }
}
