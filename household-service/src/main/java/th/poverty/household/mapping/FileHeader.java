package th.poverty.household.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The header row of an uploaded file: where each of its kind's fields is found in a row. Without a
 * mapping the columns carry the fields' own names, in any order, and a misspelt, repeated or
 * missing one refuses the file, since every row would be read wrongly. With a mapping the file is
 * another system's export: the columns the mapping names must be there (once), the rest are
 * ignored.
 */
public final class FileHeader {

    /** How a field's value is taken from a row. */
    private sealed interface Source {
    }

    private record At(int position) implements Source {
    }

    private record Fixed(String value) implements Source {
    }

    private record VillageParts(int tambon, int villageNumber) implements Source {
    }

    private final Source[] sources;
    private final int width;

    private FileHeader(Source[] sources, int width) {
        this.sources = sources;
        this.width = width;
    }

    /** The header of a file laid out by {@code mapping}, or by the fields' own names when it is null. */
    public static FileHeader of(List<String> names, int row, List<? extends FileField> fields, ColumnMapping mapping) {
        return mapping == null ? standard(names, row, fields) : mapped(names, row, fields, mapping);
    }

    static FileHeader standard(List<String> names, int row, List<? extends FileField> fields) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            byName.put(fields.get(i).header(), i);
        }
        Source[] sources = new Source[fields.size()];
        List<String> unknown = new ArrayList<>();
        boolean anyKnown = false;
        for (int i = 0; i < names.size(); i++) {
            String name = normal(names.get(i));
            Integer field = byName.get(name);
            if (field == null) {
                unknown.add(name.isEmpty() ? "(an empty name in column " + (i + 1) + ")" : name);
            } else if (sources[field] != null) {
                throw new UnreadableHeader(row, "the header names column " + name + " twice");
            } else {
                sources[field] = new At(i);
                anyKnown = true;
            }
        }
        if (!anyKnown) {
            // not echoed: a first row with no known column name is most likely a row of personal data
            throw new UnreadableHeader(row, "the first row is not the header: it must name the columns " + names(fields));
        }
        if (!unknown.isEmpty()) {
            throw new UnreadableHeader(row, "unknown column(s) in the header: " + String.join(", ", unknown)
                    + "; the columns are " + names(fields) + " (another system's export needs a column mapping)");
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).required() && sources[i] == null) {
                missing.add(fields.get(i).header());
            }
        }
        if (!missing.isEmpty()) {
            throw new UnreadableHeader(row, "the header lacks the column(s) " + String.join(", ", missing)
                    + "; the columns are " + names(fields));
        }
        return new FileHeader(sources, names.size());
    }

    static FileHeader mapped(List<String> names, int row, List<? extends FileField> fields, ColumnMapping mapping) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            positions.merge(normal(names.get(i)), i, (first, again) -> -1); // -1: named twice
        }
        Map<String, String> lacking = new LinkedHashMap<>(); // column -> the field it feeds
        Source[] sources = new Source[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i).header();
            FieldSource source = mapping.fields().get(field);
            if (source == null) {
                continue;
            }
            if (source.value() != null) {
                sources[i] = new Fixed(source.value());
            } else if (source.isVillageParts()) {
                int tambon = position(source.tambonColumn(), field, positions, lacking, row);
                int number = position(source.villageNumberColumn(), field, positions, lacking, row);
                sources[i] = new VillageParts(tambon, number);
            } else {
                sources[i] = new At(position(source.column(), field, positions, lacking, row));
            }
        }
        if (!lacking.isEmpty()) {
            throw new UnreadableHeader(row, "the header lacks the column(s) that mapping " + mapping.name() + " (version "
                    + mapping.version() + ") reads: " + lacking.entrySet().stream()
                    .map(e -> e.getKey() + " (for " + e.getValue() + ")").collect(Collectors.joining(", "))
                    + "; correct the mapping or choose another");
        }
        return new FileHeader(sources, names.size());
    }

    private static int position(String column, String field, Map<String, Integer> positions, Map<String, String> lacking,
                                int row) {
        Integer position = positions.get(normal(column));
        if (position == null) {
            lacking.merge(column, field, (a, b) -> a + ", " + b);
            return -1;
        }
        if (position < 0) {
            throw new UnreadableHeader(row, "the header names column " + column + " twice, and the mapping reads "
                    + field + " from it");
        }
        return position;
    }

    /** How many columns every row must have. */
    public int width() {
        return width;
    }

    /** The record's values in the fields' order ({@code null} for a field the file leaves out). */
    public String[] values(List<String> record) {
        String[] values = new String[sources.length];
        for (int i = 0; i < sources.length; i++) {
            values[i] = switch (sources[i]) {
                case null -> null;
                case At at -> record.get(at.position());
                case Fixed fixed -> fixed.value();
                case VillageParts parts -> FieldSource.villageCode(record.get(parts.tambon()),
                        record.get(parts.villageNumber()));
            };
        }
        return values;
    }

    /** The fields' column names, the optional ones marked. */
    public static String names(List<? extends FileField> fields) {
        return fields.stream().map(f -> f.required() ? f.header() : f.header() + " (optional)")
                .collect(Collectors.joining(", "));
    }

    /** Header names compare without surrounding spaces and case: {@code Village_Code } is {@code village_code}. */
    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
