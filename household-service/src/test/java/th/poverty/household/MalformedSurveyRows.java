package th.poverty.household;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

import th.poverty.testing.NationalIds;

/**
 * BMN survey files whose every row is wrong in a way the import must reject, drawn from a seeded
 * random source: each row is a valid candidate with one or two flaws, and remembers the fields it
 * must be rejected for. Odd unicode rides along in names, where it is valid (NUL is not: it breaks the file).
 */
final class MalformedSurveyRows {

    static final String HEADER = "national_id,first_name,last_name,house_number,village_code,members,income_per_person,"
            + "failed_indicators,phone,address";
    private static final String[] ODDITIES = {"\u202E", "\u200B", "\uFEFF", "\uD83D\uDE00", "\u0E48\u0E48",
            "\uFFFF", "\\"};

    /** One way a row is wrong: the field the rejection names, and how. */
    private record Flaw(String field, BiConsumer<Random, String[]> apply) {
    }

    private static final List<Flaw> FLAWS = List.of(
            new Flaw("national_id", (r, row) -> row[0] = row[0].substring(0, 12) + (char) ('0' + (row[0].charAt(12) - '0' + 1) % 10)),
            new Flaw("national_id", (r, row) -> row[0] = row[0].substring(0, 5 + r.nextInt(7))),
            new Flaw("national_id", (r, row) -> row[0] = "ABC" + row[0].substring(3)),
            new Flaw("first_name", (r, row) -> row[1] = r.nextBoolean() ? "" : "ก".repeat(101 + r.nextInt(300))),
            new Flaw("last_name", (r, row) -> row[2] = r.nextBoolean() ? " " : "x".repeat(101 + r.nextInt(300))),
            new Flaw("village_code", (r, row) -> row[4] = pick(r, "2401010", "abcdefgh", "", "240101011", "๒๔๐๑๐๑๐๑")),
            new Flaw("village_code", (r, row) -> row[4] = "99" + (100_000 + r.nextInt(900_000))),
            new Flaw("members", (r, row) -> row[5] = pick(r, "0", "-3", "abc", "4.5", "", "1e2", "99999999999")),
            new Flaw("income_per_person", (r, row) -> row[6] = pick(r, "abc", "-500", "", "12x", "NaN", "1e400")),
            new Flaw("failed_indicators", (r, row) -> row[7] = pick(r, "0", "39", "x", "8;99", "-1", "3.5")),
            new Flaw("phone", (r, row) -> row[8] = pick(r, "12345", "abcdefghij", "+66-81-234")),
            new Flaw("address", (r, row) -> row[9] = "ถนน".repeat(168 + r.nextInt(100))),
            new Flaw("row", (r, row) -> row[9] = row[9] + ",x".repeat(1 + r.nextInt(3))),
            new Flaw("row", (r, row) -> row[9] = null));

    private final Random random;
    private final StringBuilder file = new StringBuilder(HEADER).append('\n');
    private final List<String> expected = new ArrayList<>();

    MalformedSurveyRows(long seed, int rows) {
        this.random = new Random(seed);
        for (int i = 0; i < rows; i++) {
            row();
        }
    }

    /** For each data row (spreadsheet row = index + 2), a field its rejection must name. */
    List<String> expectedFields() {
        return expected;
    }

    byte[] bytes() {
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void row() {
        String[] row = {NationalIds.withCheckDigit("3" + (10_000_000_000L + random.nextLong(89_999_999_999L))),
                "สมศรี" + odd(), "ใจดี" + odd(), "%011d".formatted(random.nextLong(100_000_000_000L)), "24010101", "4",
                "25000", "", "0812345678", "12 หมู่ 1"};
        Flaw flaw = FLAWS.get(random.nextInt(FLAWS.size()));
        flaw.apply().accept(random, row);
        expected.add(flaw.field());
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < row.length && row[column] != null; column++) {
            line.append(column == 0 ? "" : ",").append(cell(row[column]));
        }
        file.append(line).append(random.nextBoolean() ? "\n" : "\r\n");
    }

    private String odd() {
        return random.nextInt(4) == 0 ? ODDITIES[random.nextInt(ODDITIES.length)] : "";
    }

    /** Quoted as a spreadsheet would, except a flaw's extra columns, which are meant to split. */
    private static String cell(String value) {
        if (value.startsWith(",") || value.contains(",x")) {
            return value;
        }
        return value.contains("\"") || value.contains(",") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String pick(Random r, String... values) {
        return values[r.nextInt(values.length)];
    }
}
