package th.poverty.console.villages;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import th.poverty.area.Area;
import th.poverty.area.AreaLevel;
import th.poverty.area.Areas;
import th.poverty.console.api.VillageApi;
import th.poverty.console.api.VillageApi.Leaders;
import th.poverty.console.api.VillageApi.Village;
import th.poverty.console.api.VillageApi.VillageLeaders;
import th.poverty.console.page.FormState;
import th.poverty.console.page.Forms;
import th.poverty.console.page.Pages;
import th.poverty.console.session.Session;
import th.poverty.domain.Label;
import th.poverty.domain.Page;

/**
 * A district's villages: each with its หมู่ที่, name, target households and community leaders,
 * against one leader per two villages; and the district's changes to its registry (add, rename,
 * retire). team-service decides everything; the pages only show and send.
 */
@Path("/villages")
@Produces(MediaType.TEXT_HTML)
@TemplateData(target = VillagePages.Row.class)
@TemplateData(target = Village.class)
@TemplateData(target = Leaders.class)
@TemplateData(target = Area.class)
public class VillagePages {

    /** A province has a few thousand villages at most; a district a few hundred: one page of the API's largest. */
    private static final int VILLAGES = Page.MAX_LIMIT;

    private final Template list;
    private final Template one;
    private final Pages pages;
    private final VillageApi villages;
    private final Session session;
    private final Areas areas = Areas.thailand();

    public VillagePages(@Location("villages.html") Template list, @Location("village.html") Template one, Pages pages,
                        @RestClient VillageApi villages, Session session) {
        this.list = list;
        this.one = one;
        this.pages = pages;
        this.villages = villages;
        this.session = session;
    }

    /**
     * A village as the district's list shows it.
     *
     * @param name   the registry's name; null for a village it does not list
     * @param status the registry's status; null for a village it does not list
     */
    public record Row(String code, int moo, String name, String tambon, Label status, int openHouseholds, int leaders) {

        public boolean registered() {
            return status != null;
        }
    }

    @GET
    public Uni<TemplateInstance> area(@QueryParam("area") String area, @QueryParam("saved") String saved) {
        return listPage(area, FormState.NONE, saved, UUID.randomUUID().toString());
    }

    /** A village the province's list lacks: its tambon and หมู่ที่ make its code. */
    @POST
    public Uni<Object> add(@RestForm String area, @RestForm String idempotencyKey, @RestForm String tambon,
                           @RestForm String moo, @RestForm String nameTh, @RestForm String nameEn,
                           @RestForm String reason) {
        var typed = Forms.typed("tambon", tambon, "moo", moo, "nameTh", nameTh, "nameEn", nameEn, "reason", reason);
        Integer number = Forms.integer(moo);
        String code = tambon == null || number == null || number < 0 || number > 99 ? null
                : tambon.trim() + "%02d".formatted(number);
        return Forms.submit(villages.register(Forms.text(idempotencyKey),
                        new VillageApi.Registration(code, Forms.text(nameTh), Forms.text(nameEn), Forms.text(reason))),
                URI.create("/villages?area=" + area + "&saved=added"),
                problem -> listPage(area, FormState.refused("add", typed, problem), null, idempotencyKey));
    }

    @GET
    @Path("/{villageCode}")
    public Uni<TemplateInstance> village(@PathParam("villageCode") String code, @QueryParam("saved") String saved) {
        return villagePage(code, FormState.NONE, saved);
    }

    @POST
    @Path("/{villageCode}/renaming")
    public Uni<Object> rename(@PathParam("villageCode") String code, @RestForm String version, @RestForm String nameTh,
                              @RestForm String nameEn, @RestForm String reason) {
        var typed = Forms.typed("nameTh", nameTh, "nameEn", nameEn, "reason", reason);
        return Forms.submit(villages.rename(code, Forms.etag(version),
                        new VillageApi.Renaming(Forms.text(nameTh), Forms.text(nameEn), Forms.text(reason))),
                URI.create("/villages/" + code + "?saved=renamed"),
                problem -> villagePage(code, FormState.refused("rename", typed, problem), null));
    }

    @POST
    @Path("/{villageCode}/retirement")
    public Uni<Object> retire(@PathParam("villageCode") String code, @RestForm String version,
                              @RestForm String retirement, @RestForm String mergedInto, @RestForm String retiredOn,
                              @RestForm String reason) {
        var typed = Forms.typed("retirement", retirement, "mergedInto", mergedInto, "retiredOn", retiredOn,
                "reason", reason);
        return Forms.submit(villages.retire(code, Forms.etag(version), new VillageApi.Retiring(Forms.text(retirement),
                        Forms.text(mergedInto), Forms.date(retiredOn), Forms.text(reason))),
                URI.create("/villages/" + code + "?saved=retired"),
                problem -> villagePage(code, FormState.refused("retire", typed, problem), null));
    }

    private Uni<TemplateInstance> listPage(String area, FormState form, String saved, String key) {
        String code = area == null || area.isBlank() ? session.person().area() : area.trim();
        return Uni.combine().all().unis(villages.leaders(code), villages.villages(code, VILLAGES))
                .with((leaders, registry) -> pages.of(list).data("area", code)
                        .data("areaName", areas.find(code).map(Area::nameTh).orElse(code))
                        .data("leaders", leaders).data("rows", rows(leaders))
                        .data("retired", registry.items().stream().filter(v -> !v.active()).toList())
                        .data("tambons", tambons(code)).data("form", form).data("saved", saved == null ? "" : saved)
                        .data("idempotencyKey", key));
    }

    private Uni<TemplateInstance> villagePage(String code, FormState form, String saved) {
        return villages.village(code).chain(village -> villages.villages(village.area().district().code(), VILLAGES)
                .map(district -> pages.of(one).data("village", village).data("form", form)
                        .data("saved", saved == null ? "" : saved)
                        .data("mergeTargets", district.items().stream()
                                .filter(v -> v.active() && !v.villageCode().equals(code)).toList())));
    }

    private List<Row> rows(Leaders leaders) {
        List<Row> rows = new ArrayList<>();
        Map<String, String> tambonNames = new HashMap<>();
        for (VillageLeaders v : leaders.byVillage()) {
            String code = v.village().code();
            String tambon = tambonNames.computeIfAbsent(code.substring(0, AreaLevel.TAMBON.codeLength()),
                    t -> areas.find(t).map(Area::nameTh).orElse(t));
            rows.add(new Row(code, Integer.parseInt(code.substring(AreaLevel.TAMBON.codeLength())), v.nameTh(), tambon,
                    v.status(), v.openHouseholds(), v.leaders().size()));
        }
        return rows;
    }

    /** The tambons a village may be added in: the area's own, or those of its districts. */
    private List<Area> tambons(String code) {
        return areas.find(code).map(area -> switch (area.level()) {
            case PROVINCE -> areas.children(code).stream().flatMap(d -> areas.children(d.code()).stream()).toList();
            case DISTRICT -> areas.children(code);
            case TAMBON -> List.of(area);
            case VILLAGE -> List.<Area>of();
        }).orElse(List.of());
    }
}
