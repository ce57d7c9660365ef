package th.poverty.console.offline;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import th.poverty.console.page.Msg;
import th.poverty.console.page.Pages;

/**
 * The console as an app a carer installs on a phone: its manifest, the page shown for a page not
 * kept on the device when there is no signal, and the sync page, whose list of queued commands
 * the page's script draws from the device's own store (IndexedDB): the server never sees the
 * queue, only the commands as they are sent.
 */
@Path("/")
public class OfflineApp {

    private final Template offline;
    private final Template sync;
    private final Pages pages;

    public OfflineApp(@Location("offline.html") Template offline, @Location("sync.html") Template sync, Pages pages) {
        this.offline = offline;
        this.sync = sync;
        this.pages = pages;
    }

    /** The web app manifest: the Thai name, the carer's households as the start, the icons. */
    @GET
    @Path("manifest.webmanifest")
    public Response manifest() {
        Msg msg = MessageBundles.get(Msg.class);
        SyncMsg words = MessageBundles.get(SyncMsg.class);
        var manifest = Map.of("name", msg.app(), "short_name", words.shortName(), "lang", "th", "dir", "ltr",
                "start_url", "/care", "scope", "/", "display", "standalone", "background_color", "#ffffff",
                "theme_color", "#0b4f8a",
                "icons", List.of(icon(192), icon(512)));
        return Response.ok(manifest, "application/manifest+json").header("Cache-Control", "no-cache").build();
    }

    private static Map<String, String> icon(int size) {
        return Map.of("src", "/assets/console/icons/icon-" + size + ".png", "sizes", size + "x" + size, "type", "image/png",
                "purpose", "any");
    }

    /** What the service worker shows for a page it has not kept, when there is no signal. */
    @GET
    @Path("offline")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance offline() {
        return pages.of(offline);
    }

    @GET
    @Path("sync")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance sync() {
        return pages.of(sync);
    }
}
