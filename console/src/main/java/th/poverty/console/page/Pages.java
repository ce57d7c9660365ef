package th.poverty.console.page;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import th.poverty.console.session.Session;

/** A page in the reader's language, with who is signed in: what every template's layout needs. */
@RequestScoped
public class Pages {

    public static final String LANGUAGE_COOKIE = "lang";
    public static final Locale THAI = Locale.forLanguageTag("th");

    private final Session session;
    private final HttpServerRequest request;

    public Pages(Session session, HttpServerRequest request) {
        this.session = session;
        this.request = request;
    }

    /** Thai unless the reader switched to English. */
    public Locale locale() {
        Cookie cookie = request.getCookie(LANGUAGE_COOKIE);
        return cookie != null && "en".equals(cookie.getValue()) ? Locale.ENGLISH : THAI;
    }

    public TemplateInstance of(Template template) {
        Locale locale = locale();
        String path = request.uri();
        return template.instance()
                .setLocale(locale)
                .data("me", session.person())
                .data("lang", locale.getLanguage())
                .data("here", path);
    }
}
