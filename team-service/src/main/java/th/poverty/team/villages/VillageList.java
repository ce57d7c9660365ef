package th.poverty.team.villages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import th.poverty.web.ProblemException;

/**
 * A province's village list as its office keeps it: CSV in UTF-8, a header row, then one village a
 * row, named by {@code village_code} or by {@code tambon_code} and {@code moo}, with {@code name_th}
 * and optionally {@code name_en}; other columns (district names, notes) are left alone. Codes may
 * be written in Thai digits and หมู่ที่ as "ม.3". A row that names no village is refused with its
 * number; a file that cannot be read as such a list is refused whole.
 */
record VillageList(List<Row> rows, List<Refusal> refused) {

    static final int MOST_ROWS = 10_000;
    static final String VILLAGE_CODE = "village_code";
    static final String TAMBON_CODE = "tambon_code";
    static final String MOO = "moo";
    static final String NAME_TH = "name_th";
    static final String NAME_EN = "name_en";
    /** The Thai headings offices use for the same columns. */
    private static final Map<String, String> HEADINGS = Map.of(
            VILLAGE_CODE, VILLAGE_CODE, "รหัสหมู่บ้าน", VILLAGE_CODE,
            TAMBON_CODE, TAMBON_CODE, "รหัสตำบล", TAMBON_CODE,
            MOO, MOO, "หมู่ที่", MOO,
            NAME_TH, NAME_TH, "ชื่อหมู่บ้าน", NAME_TH,
            NAME_EN, NAME_EN);
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final Pattern MOO_PREFIX = Pattern.compile("^(หมู่ที่|หมู่|ม\\.)");
    private static final Pattern NOT_A_DIGIT = Pattern.compile("[\\s-]");

    /** @param row the row's number as a spreadsheet shows it (the header is row 1) */
    record Row(int row, String villageCode, String nameTh, String nameEn) {
    }

    /**
     * A row left out, and why.
     *
     * @param field the column that failed
     * @param type  the kind of refusal, as a problem's type names it ({@code unknown-tambon})
     */
    record Refusal(int row, String villageCode, String field, String type, String detail) {
    }

    static VillageList read(byte[] file) {
        if (file == null || file.length == 0) {
            throw ProblemException.badRequest("file", "The file is empty");
        }
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith(BYTE_ORDER_MARK)) { // spreadsheet programs start "CSV UTF-8" with one
            text = text.substring(1);
        }
        if (text.indexOf('\uFFFD') >= 0 || text.indexOf('\0') >= 0) {
            throw ProblemException.badRequest("file", "The file is not UTF-8 text (a spreadsheet saves Thai as Windows-874 "
                    + "unless told otherwise): save it as \"CSV UTF-8\" and upload it again");
        }
        List<Row> rows = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().allowMissingFields(true).allowExtraFields(true)
                .allowUnclosedQuote(false).ofCsvRecord(text)) {
            Map<String, Integer> columns = null;
            for (CsvRecord record : reader) {
                if (columns == null) {
                    columns = columns(record);
                    continue;
                }
                if (record.getFields().stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() + refused.size() == MOST_ROWS) {
                    throw ProblemException.badRequest("file", "A list has at most " + MOST_ROWS
                            + " villages; a province's list is smaller: is this the province's file?");
                }
                row(record, columns, rows, refused);
            }
        } catch (CsvParseException e) {
            throw ProblemException.badRequest("file", "Not a CSV file: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty() && refused.isEmpty()) {
            throw ProblemException.badRequest("file", "The file lists no village after its header row");
        }
        return new VillageList(List.copyOf(rows), List.copyOf(refused));
    }

    private static Map<String, Integer> columns(CsvRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.getFieldCount(); i++) {
            String column = HEADINGS.get(header.getField(i).strip().toLowerCase(Locale.ROOT));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        boolean named = columns.containsKey(VILLAGE_CODE) || columns.containsKey(TAMBON_CODE) && columns.containsKey(MOO);
        if (!named || !columns.containsKey(NAME_TH)) {
            throw ProblemException.badRequest("header", "The first row names the columns: village_code (or tambon_code "
                    + "and moo), name_th, and optionally name_en");
        }
        return columns;
    }

    private static void row(CsvRecord record, Map<String, Integer> columns, List<Row> rows, List<Refusal> refused) {
        int number = (int) record.getStartingLineNumber();
        String given = digits(cell(record, columns, VILLAGE_CODE));
        String tambon = digits(cell(record, columns, TAMBON_CODE));
        String moo = digits(MOO_PREFIX.matcher(cell(record, columns, MOO)).replaceFirst(""));
        if (!given.isEmpty() && !given.matches("\\d{8}")) {
            refused.add(new Refusal(number, given, VILLAGE_CODE, "invalid-village-code",
                    "A village code is 8 digits: the tambon's 6 and the หมู่ที่'s 2"));
            return;
        }
        String composed = null;
        if (!tambon.isEmpty() || !moo.isEmpty()) {
            if (!tambon.matches("\\d{6}") || !moo.matches("\\d{1,2}") || Integer.parseInt(moo) == 0) {
                refused.add(new Refusal(number, given.isEmpty() ? null : given, tambon.matches("\\d{6}") ? MOO : TAMBON_CODE,
                        "invalid-village-code", "tambon_code is 6 digits and moo a หมู่ที่ from 1 to 99"));
                return;
            }
            composed = tambon + "%02d".formatted(Integer.parseInt(moo));
        }
        if (given.isEmpty() && composed == null) {
            refused.add(new Refusal(number, null, VILLAGE_CODE, "village-code-required",
                    "Name the village by village_code, or by tambon_code and moo"));
            return;
        }
        if (!given.isEmpty() && composed != null && !given.equals(composed)) {
            refused.add(new Refusal(number, given, VILLAGE_CODE, "code-mismatch", "village_code " + given
                    + " is not tambon " + tambon + " หมู่ที่ " + moo + " (" + composed + ")"));
            return;
        }
        String code = given.isEmpty() ? composed : given;
        rows.add(new Row(number, code, cell(record, columns, NAME_TH), blankAsNull(cell(record, columns, NAME_EN))));
    }

    private static String cell(CsvRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.getFieldCount() ? "" : record.getField(index);
    }

    /** The text with Thai digits (๐-๙) as ASCII ones, and without the spaces and dashes people group codes with. */
    private static String digits(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (char c : NOT_A_DIGIT.matcher(text).replaceAll("").toCharArray()) {
            ascii.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
        }
        return ascii.toString();
    }

    private static String blankAsNull(String text) {
        return text.isBlank() ? null : text;
    }
}
