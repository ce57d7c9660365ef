package th.poverty.household.mapping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.eventstore.StreamVersionConflict;
import th.poverty.web.Caller;
import th.poverty.web.Problem;
import th.poverty.web.ProblemException;
import th.poverty.web.Versions;

/**
 * The provinces' column mappings, each saved whole as a new version with who saved it, and each
 * province's default mapping per kind of file. Uploads read them; nothing else is derived from them.
 */
@ApplicationScoped
public class ColumnMappings {

    private static final TypeReference<Map<String, FieldSource>> FIELDS = new TypeReference<>() {
    };
    private static final String COLUMNS = "province_code, name, version, kind, description, fields::text, saved_by, saved_at";

    private final Pool pool;
    private final ObjectMapper json;
    private final Map<FileKind, List<? extends FileField>> layouts = new EnumMap<>(FileKind.class);

    public ColumnMappings(Pool pool, ObjectMapper json, Instance<FileLayout> layouts) {
        this.pool = pool;
        this.json = json;
        layouts.forEach(layout -> this.layouts.put(layout.kind(), layout.fields()));
    }

    /** The fields of a kind of file, in its layout's order. */
    public List<? extends FileField> fieldsOf(FileKind kind) {
        return layouts.get(kind);
    }

    /** The kinds of file imported, each with its fields. */
    public Map<FileKind, List<? extends FileField>> layouts() {
        return layouts;
    }

    /** A mapping to save, as an officer gives it. */
    public record Draft(FileKind kind, String description, Map<String, FieldSource> fields, boolean makeDefault) {
    }

    /**
     * Saves a new version of the mapping if its latest is still the version {@code ifMatch} names
     * (none for a new mapping: changing one without it is 428, with an older one 412). Making it
     * the default moves the province's default for its kind to it; saving the default as no
     * longer one leaves the kind without a default.
     */
    public Uni<ColumnMapping> save(String provinceCode, String name, String ifMatch, Draft draft, Caller caller) {
        long expected = ifMatch == null ? 0 : Versions.required(ifMatch);
        var refusal = ColumnMapping.refusal(draft.fields(), fieldsOf(draft.kind()));
        if (!refusal.none()) {
            throw new ProblemException(refusal.problem());
        }
        String fields = write(draft.fields());
        return pool.withTransaction(tx -> tx.preparedQuery("select pg_advisory_xact_lock(hashtextextended($1, 0))")
                .execute(Tuple.of("column-mapping:" + provinceCode + "/" + name))
                .chain(() -> latest(tx, provinceCode, name))
                .flatMap(current -> {
                    long version = current.map(ColumnMapping::version).orElse(0L);
                    if (version > 0 && ifMatch == null) {
                        Versions.required(ifMatch);
                    }
                    if (version != expected) {
                        throw new StreamVersionConflict(provinceCode + "/" + name, expected, version);
                    }
                    if (current.isPresent() && current.get().kind() != draft.kind()) {
                        throw new ProblemException(Problem.of(422, "mapping-kind-fixed", "A mapping keeps its kind",
                                "Mapping " + name + " reads " + current.get().kind() + " files: save a mapping for "
                                        + draft.kind() + " under another name").withField("kind"));
                    }
                    return tx.preparedQuery("""
                                    insert into column_mappings (province_code, name, version, kind, description, fields,
                                                                 saved_by, saver_role)
                                    values ($1, $2, $3, $4, $5, $6::text::jsonb, $7, $8)
                                    returning\s""" + COLUMNS)
                            .execute(Tuple.from(List.of(provinceCode, name, (int) version + 1, draft.kind().name(),
                                    draft.description() == null ? "" : draft.description(), fields, caller.subject(),
                                    caller.role())))
                            .map(rows -> read(rows.iterator().next()));
                })
                .call(saved -> draft.makeDefault()
                        ? tx.preparedQuery("""
                                        insert into column_mapping_defaults (province_code, kind, name, set_by)
                                        values ($1, $2, $3, $4)
                                        on conflict (province_code, kind)
                                        do update set name = excluded.name, set_by = excluded.set_by, set_at = now()""")
                                .execute(Tuple.of(provinceCode, draft.kind().name(), name, caller.subject()))
                        : tx.preparedQuery("""
                                        delete from column_mapping_defaults
                                        where province_code = $1 and kind = $2 and name = $3""")
                                .execute(Tuple.of(provinceCode, draft.kind().name(), name))));
    }

    /** The latest version of the mapping, if the province has one of that name. */
    public Uni<Optional<ColumnMapping>> latest(SqlClient client, String provinceCode, String name) {
        return client.preparedQuery("select " + COLUMNS
                        + " from column_mappings where province_code = $1 and name = $2 order by version desc limit 1")
                .execute(Tuple.of(provinceCode, name))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(read(rows.iterator().next())));
    }

    /** The latest version of each of the province's mappings, by name. */
    public Uni<List<ColumnMapping>> ofProvince(SqlClient client, String provinceCode) {
        return client.preparedQuery("select distinct on (name) " + COLUMNS
                        + " from column_mappings where province_code = $1 order by name, version desc")
                .execute(Tuple.of(provinceCode))
                .map(rows -> {
                    List<ColumnMapping> found = new ArrayList<>(rows.size());
                    rows.forEach(row -> found.add(read(row)));
                    return found;
                });
    }

    /** The name of the province's default mapping for each kind that has one. */
    public Uni<Map<FileKind, String>> defaults(SqlClient client, String provinceCode) {
        return client.preparedQuery("select kind, name from column_mapping_defaults where province_code = $1")
                .execute(Tuple.of(provinceCode))
                .map(rows -> {
                    Map<FileKind, String> defaults = new EnumMap<>(FileKind.class);
                    rows.forEach(row -> defaults.put(FileKind.valueOf(row.getString(0)), row.getString(1)));
                    return defaults;
                });
    }

    /**
     * The mapping an upload of {@code kind} by a caller of {@code area} reads its file by: the one it
     * names in its province, else its province's default, else none (the standard columns); naming
     * {@value ColumnMapping#STANDARD} asks for the standard columns. Blocking: for the upload's thread.
     */
    public Optional<ColumnMapping> forUpload(String area, FileKind kind, String requested) {
        String name = requested == null || requested.isBlank() ? null : requested.strip();
        if (ColumnMapping.STANDARD.equals(name)) {
            return Optional.empty();
        }
        if (area == null || area.length() < 2) {
            if (name != null) {
                throw new ProblemException(Problem.of(422, "mapping-needs-a-province", "No province to take the mapping from",
                        "Column mappings belong to a province and your token's area is the whole country: upload with the "
                                + "standard columns (mapping=" + ColumnMapping.STANDARD + ")").withField("mapping"));
            }
            return Optional.empty();
        }
        String province = area.substring(0, 2);
        String named = name != null ? name : defaults(pool, province).await().indefinitely().get(kind);
        if (named == null) {
            return Optional.empty();
        }
        ColumnMapping mapping = latest(pool, province, named).await().indefinitely()
                .orElseThrow(() -> new ProblemException(Problem.of(422, "unknown-mapping", "No such column mapping",
                        "Province " + province + " has no column mapping named " + named + "; give mapping="
                                + ColumnMapping.STANDARD + " for the standard columns").withField("mapping")));
        if (mapping.kind() != kind) {
            throw new ProblemException(Problem.of(422, "wrong-mapping-kind", "The mapping is for another kind of file",
                    "Mapping " + named + " reads " + mapping.kind() + " files, not " + kind).withField("mapping"));
        }
        return Optional.of(mapping);
    }

    private ColumnMapping read(Row row) {
        try {
            Map<String, FieldSource> fields = json.readValue(row.getString(5), FIELDS);
            return new ColumnMapping(row.getString(0), row.getString(1), row.getInteger(2), FileKind.valueOf(row.getString(3)),
                    row.getString(4), fields, row.getString(6), row.getOffsetDateTime(7).toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored column mapping is not readable", e);
        }
    }

    private String write(Map<String, FieldSource> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
