package th.poverty.console.imports;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import th.poverty.console.api.ColumnMappingApi;
import th.poverty.console.page.FormState;
import th.poverty.console.page.Forms;
import th.poverty.console.page.Pages;
import th.poverty.console.session.Person;
import th.poverty.console.session.Session;

/**
 * A province's column mappings: the list, and one mapping field by field (where the export holds
 * each of the file's fields). A province officer saves them; a district officer reads them.
 * household-service checks every mapping; the page only carries what was typed.
 */
@Path("/imports/mappings")
@Produces(MediaType.TEXT_HTML)
@TemplateData(target = ColumnMappingApi.Layout.class)
@TemplateData(target = ColumnMappingApi.Field.class)
@TemplateData(target = ColumnMappingApi.Mapping.class)
@TemplateData(target = MappingPages.Row.class)
@TemplateData(target = MappingPages.Kind.class)
public class MappingPages {

    /** How the form names where a field is found: a column, a value, the village's two columns, or nowhere. */
    private static final List<String> SOURCES = List.of("column", "value", "parts", "none");

    private final Template list;
    private final Template editor;
    private final Pages pages;
    private final ColumnMappingApi mappings;
    private final Session session;

    public MappingPages(@Location("mappings.html") Template list, @Location("mapping.html") Template editor, Pages pages,
                        @RestClient ColumnMappingApi mappings, Session session) {
        this.list = list;
        this.editor = editor;
        this.pages = pages;
        this.mappings = mappings;
        this.session = session;
    }

    /** A kind of file with the province's mappings of it. */
    public record Kind(ColumnMappingApi.Layout layout, List<ColumnMappingApi.Mapping> mappings) {
    }

    /**
     * One field of the file in the editor: where it is found ({@code column}, {@code value},
     * {@code parts} or {@code none}) and the service's message for it.
     */
    public record Row(String name, String label, boolean required, boolean villageCode, String source, String column,
                      String value, String tambonColumn, String villageNumberColumn, String error) {
    }

    @GET
    public Uni<TemplateInstance> mappings(@QueryParam("province") String province) {
        String code = province(province);
        if (code == null) {
            return Uni.createFrom().item(pages.of(list).data("province", "").data("kinds", List.of())
                    .data("edits", false));
        }
        return mappings.layouts().chain(layouts -> mappings.list(code).map(found -> pages.of(list)
                .data("province", code)
                .data("kinds", layouts.stream().map(layout -> new Kind(layout, found.mappings().stream()
                        .filter(m -> m.kind().code().equals(layout.kind().code())).toList())).toList())
                .data("edits", edits(code))));
    }

    @GET
    @Path("/new")
    public Uni<TemplateInstance> create(@QueryParam("province") String province, @QueryParam("kind") String kind) {
        String code = required(province);
        return layout(kind).map(layout -> editorPage(code, layout, null, FormState.NONE));
    }

    @GET
    @Path("/{name}")
    public Uni<TemplateInstance> mapping(@PathParam("name") String name, @QueryParam("province") String province) {
        String code = required(province);
        return mappings.get(code, name).chain(mapping -> layout(mapping.kind().code())
                .map(layout -> editorPage(code, layout, mapping, FormState.NONE)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Object> save(MultivaluedMap<String, String> form) {
        Map<String, String> typed = Forms.typed(form);
        String province = required(typed.get("province"));
        String name = typed.getOrDefault("name", "").trim();
        return layout(typed.get("kind")).chain(layout -> {
            Map<String, ColumnMappingApi.Source> fields = new LinkedHashMap<>();
            for (ColumnMappingApi.Field field : layout.fields()) {
                var source = source(field.name(), typed);
                if (source != null) {
                    fields.put(field.name(), source);
                }
            }
            var draft = new ColumnMappingApi.Draft(layout.kind().code(), Forms.text(typed.get("description")),
                    "on".equals(typed.get("isDefault")), fields);
            return Forms.submit(mappings.save(province, name, Forms.etag(typed.get("version")), draft),
                    URI.create("/imports/mappings?province=" + province),
                    problem -> Uni.createFrom().item(editorPage(province, layout, null,
                            FormState.refused("mapping", typed, problem))));
        });
    }

    /** Where the form says the field is; null when it is not in the file. */
    private static ColumnMappingApi.Source source(String field, Map<String, String> typed) {
        return switch (typed.getOrDefault("source." + field, "none")) {
            case "column" -> new ColumnMappingApi.Source(typed.getOrDefault("column." + field, ""), null, null, null);
            case "value" -> new ColumnMappingApi.Source(null, typed.getOrDefault("value." + field, ""), null, null);
            case "parts" -> new ColumnMappingApi.Source(null, null, typed.getOrDefault("tambon." + field, ""),
                    typed.getOrDefault("number." + field, ""));
            default -> null;
        };
    }

    private TemplateInstance editorPage(String province, ColumnMappingApi.Layout layout, ColumnMappingApi.Mapping mapping,
                                        FormState form) {
        boolean refused = form.is("mapping");
        List<Row> rows = layout.fields().stream().map(field -> {
            String name = field.name();
            String label = pages.locale().getLanguage().equals("en") ? field.en() : field.th();
            String error = refused ? form.errors().get("fields." + name) : null;
            if (refused) {
                return new Row(name, label, field.required(), name.equals("village_code"),
                        form.value("mapping", "source." + name, "none"), form.value("mapping", "column." + name, ""),
                        form.value("mapping", "value." + name, ""), form.value("mapping", "tambon." + name, ""),
                        form.value("mapping", "number." + name, ""), error);
            }
            var source = mapping == null ? null : mapping.fields().get(name);
            String kind = source == null ? (mapping == null && field.required() ? "column" : "none")
                    : source.column() != null ? "column" : source.value() != null ? "value" : "parts";
            return new Row(name, label, field.required(), name.equals("village_code"), kind,
                    source == null || source.column() == null ? "" : source.column(),
                    source == null || source.value() == null ? "" : source.value(),
                    source == null || source.tambonColumn() == null ? "" : source.tambonColumn(),
                    source == null || source.villageNumberColumn() == null ? "" : source.villageNumberColumn(), error);
        }).toList();
        return pages.of(editor).data("province", province).data("layout", layout).data("mapping", mapping)
                .data("rows", rows).data("sources", SOURCES).data("form", form).data("edits", edits(province))
                .data("name", refused ? form.value("mapping", "name", "") : mapping == null ? "" : mapping.name())
                .data("description", refused ? form.value("mapping", "description", "")
                        : mapping == null || mapping.description() == null ? "" : mapping.description())
                .data("isDefault", refused ? "on".equals(form.value("mapping", "isDefault", ""))
                        : mapping != null && mapping.isDefault())
                .data("version", refused ? form.value("mapping", "version", "")
                        : mapping == null ? "" : String.valueOf(mapping.version()));
    }

    private Uni<ColumnMappingApi.Layout> layout(String kind) {
        return mappings.layouts().map(layouts -> layouts.stream().filter(l -> l.kind().code().equals(kind)).findFirst()
                .orElse(layouts.getFirst()));
    }

    /** Only the province's own officers change its mappings; the service refuses anyone else too. */
    private boolean edits(String province) {
        Person me = session.person();
        return me.is(Person.PROVINCE_OFFICER) && province.equals(MappingChoice.provinceOf(me));
    }

    /** The province asked for, else the reader's own; null for the whole country, which must name one. */
    private String province(String asked) {
        if (asked != null && asked.trim().matches("[0-9]{2}")) {
            return asked.trim();
        }
        return MappingChoice.provinceOf(session.person());
    }

    /** A mapping belongs to a province: without one named or of one's own, there is none to show. */
    private String required(String asked) {
        String code = province(asked);
        if (code == null) {
            throw new NotFoundException();
        }
        return code;
    }
}
