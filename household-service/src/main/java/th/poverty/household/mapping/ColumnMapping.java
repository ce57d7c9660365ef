package th.poverty.household.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import th.poverty.web.Problem;
import th.poverty.web.Problem.FieldError;

/**
 * A province's way of reading another system's export of one kind of file: for each field, where
 * the export holds it. A version of it, as saved.
 *
 * @param fields field (its standard column name) to where the export holds it; a field left out is
 *               not in the export, which only an optional field may be
 */
public record ColumnMapping(
        String provinceCode,
        String name,
        long version,
        FileKind kind,
        String description,
        Map<String, FieldSource> fields,
        String savedBy,
        Instant savedAt) {

    /** A mapping's name: short, in the URL, chosen by the province. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    /** The name an upload gives to read its file by the fields' own column names. */
    public static final String STANDARD = "standard";
    /** The field a tambon column and a หมู่ที่ column may make up together. */
    public static final String VILLAGE_CODE = "village_code";

    public ColumnMapping {
        fields = Map.copyOf(fields);
    }

    /**
     * Why these fields cannot be a mapping for a file of {@code layout}'s fields: a field the
     * layout does not have, a source not in one of its forms, a required field left out. Empty
     * when they can. Each error names its field as {@code fields.<name>}.
     */
    public static Refusal refusal(Map<String, FieldSource> fields, List<? extends FileField> layout) {
        Set<String> known = layout.stream().map(FileField::header).collect(Collectors.toSet());
        List<FieldError> wrong = new ArrayList<>();
        new TreeMap<>(fields).forEach((field, source) -> {
            if (!known.contains(field)) {
                wrong.add(new FieldError("fields." + field, "is not a field of this kind of file; the fields are "
                        + FileHeader.names(layout)));
            } else if (source == null) {
                wrong.add(new FieldError("fields." + field, "says nothing: leave the field out instead"));
            } else {
                FileField of = layout.stream().filter(f -> f.header().equals(field)).findFirst().orElseThrow();
                String problem = source.problem(of, VILLAGE_CODE);
                if (problem != null) {
                    wrong.add(new FieldError("fields." + field, problem));
                }
            }
        });
        List<String> missing = layout.stream().filter(f -> f.required() && !fields.containsKey(f.header()))
                .map(FileField::header).toList();
        return new Refusal(wrong, missing);
    }

    /** What is wrong with a mapping as given, as one 422 problem; {@link #none()} when nothing is. */
    public record Refusal(List<FieldError> wrong, List<String> missing) {

        public boolean none() {
            return wrong.isEmpty() && missing.isEmpty();
        }

        /** Wrong sources first; a mapping otherwise right but short of required fields names those. */
        public Problem problem() {
            List<FieldError> errors = new ArrayList<>(wrong);
            missing.forEach(field -> errors.add(new FieldError("fields." + field, "is required: say which column holds it")));
            if (wrong.isEmpty()) {
                return Problem.of(422, "mapping-incomplete", "The mapping leaves out required fields",
                        "The mapping does not say where the file holds the required field(s) " + String.join(", ", missing))
                        .withErrors(errors);
            }
            return Problem.of(422, "invalid-mapping", "Invalid column mapping", errors.size() == 1
                    ? errors.getFirst().field() + " " + errors.getFirst().message()
                    : errors.size() + " fields of the mapping are wrong: see errors").withErrors(errors);
        }
    }
}
