package th.poverty.household.bmn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The header row of a survey file: which column holds which {@link SurveyColumn}. A misspelt,
 * repeated or missing column refuses the file, since every row would be read wrongly; a file
 * without a header is refused without repeating its first row.
 */
final class SurveyHeader {

    private final int[] positions = new int[SurveyColumn.values().length];
    private final int width;

    private SurveyHeader(Map<SurveyColumn, Integer> found, int width) {
        Arrays.fill(positions, -1);
        found.forEach((column, position) -> positions[column.ordinal()] = position);
        this.width = width;
    }

    static SurveyHeader of(List<String> names, int row) {
        Map<SurveyColumn, Integer> found = new EnumMap<>(SurveyColumn.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            SurveyColumn column = Arrays.stream(SurveyColumn.values()).filter(c -> c.header().equals(name)).findFirst()
                    .orElse(null);
            if (column == null) {
                unknown.add(name.isEmpty() ? "(an empty name in column " + (i + 1) + ")" : name);
            } else if (found.putIfAbsent(column, i) != null) {
                throw new BrokenCsvException(row, "header", "the header names column " + name + " twice");
            }
        }
        if (found.isEmpty()) {
            // not echoed: a first row with no known column name is most likely a row of personal data
            throw new BrokenCsvException(row, "header", "the first row is not the header: it must name the columns "
                    + names());
        }
        if (!unknown.isEmpty()) {
            throw new BrokenCsvException(row, "header", "unknown column(s) in the header: " + String.join(", ", unknown)
                    + "; the columns are " + names());
        }
        List<String> missing = Arrays.stream(SurveyColumn.values()).filter(c -> c.required() && !found.containsKey(c))
                .map(SurveyColumn::header).toList();
        if (!missing.isEmpty()) {
            throw new BrokenCsvException(row, "header", "the header lacks the column(s) " + String.join(", ", missing)
                    + "; the columns are " + names());
        }
        return new SurveyHeader(found, names.size());
    }

    /** How many columns every row must have. */
    int width() {
        return width;
    }

    /** The record's values in {@link SurveyColumn} order ({@code null} for a column the file leaves out). */
    String[] values(List<String> record) {
        String[] values = new String[positions.length];
        for (int i = 0; i < positions.length; i++) {
            values[i] = positions[i] < 0 ? null : record.get(positions[i]);
        }
        return values;
    }

    static String names() {
        return Arrays.stream(SurveyColumn.values())
                .map(c -> c.required() ? c.header() : c.header() + " (optional)")
                .collect(Collectors.joining(", "));
    }
}
