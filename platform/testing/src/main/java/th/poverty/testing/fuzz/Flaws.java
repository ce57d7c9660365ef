package th.poverty.testing.fuzz;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The ways one field of a request body can be wrong, read off its schema. Each is drawn afresh from
 * a random source, so that drawing again gives another case of the same kind. Only values Jackson
 * and Bean Validation must refuse count as decisive: Jackson coerces much (a number to a string,
 * "" to null, 1.5 to 1), and none of that is drawn.
 */
final class Flaws {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** One way to get a field wrong; a null value leaves the field out. */
    record Flaw(String kind, JsonNode value, boolean decisive) {
    }

    /** Unicode a text field should survive: NUL, lone surrogates, bidi overrides, zero-width, combining marks… */
    static final List<String> ODDITIES = List.of("\u0000", "\uD800", "\uDC00", "\u202E", "\u200B", "\uFEFF",
            "\u0301\u0301\u0301", "\uD83D\uDE00", "\uFFFF", "\uE000", "\u0E48\u0E48\u0E48", "\r\n", "\\", "\"",
            "<script>", "%s%n", "' OR '1'='1", "${jndi:ldap://x}", "\u0085", "\u2028");

    private static final List<String> STRING_MISMATCHES = List.of("{}", "{\"a\":1}", "[]", "[1,2]", "[[\"x\"]]");
    private static final List<String> INTEGER_MISMATCHES = List.of("\"abc\"", "\"1,000\"", "\"NaN\"", "\"0x10\"", "{}",
            "[]", "\"ห้า\"");
    private static final List<String> BOOLEAN_MISMATCHES = List.of("\"maybe\"", "\"yes\"", "{}", "[]", "\"ใช่\"");
    private static final List<String> OBJECT_MISMATCHES = List.of("\"x\"", "42", "[]", "true", "[{}]");
    private static final List<String> ARRAY_MISMATCHES = List.of("\"x\"", "42", "{}", "true");
    private static final List<String> BAD_UUIDS = List.of("not-a-uuid", "1234", "00000000-0000-0000-0000-00000000000g",
            "{00000000-0000-0000-0000-000000000000}", "๐๐๐๐๐๐๐๐-๐๐๐๐-๐๐๐๐-๐๐๐๐-๐๐๐๐๐๐๐๐๐๐๐๐", "null");

    private Flaws() {
    }

    static List<Function<Random, Flaw>> of(JsonNode schema, boolean required) {
        List<Function<Random, Flaw>> flaws = new ArrayList<>();
        if (required) {
            flaws.add(r -> new Flaw("missing", null, true));
            flaws.add(r -> new Flaw("null", JSON.nullNode(), true));
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        flaws.add(r -> new Flaw("wrong type", parse(pick(r, switch (type) {
            case "integer", "number" -> INTEGER_MISMATCHES;
            case "boolean" -> BOOLEAN_MISMATCHES;
            case "object" -> OBJECT_MISMATCHES;
            case "array" -> ARRAY_MISMATCHES;
            default -> STRING_MISMATCHES;
        })), true));
        if (schema.has("enum")) {
            flaws.add(r -> new Flaw("unknown enum value", JSON.textNode(r.nextBoolean()
                    ? schema.get("enum").get(0).asText().toLowerCase() + "_"
                    : word(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_", 3 + r.nextInt(10)) + "_X"), true));
        } else if (type.equals("string")) {
            strings(schema, required, flaws);
        }
        if (type.equals("integer") || type.equals("number")) {
            numbers(schema, type, flaws);
        }
        if (type.equals("array") && schema.has("maxItems")) {
            flaws.add(r -> {
                var items = JSON.arrayNode();
                IntStream.range(0, schema.get("maxItems").asInt() + 1 + r.nextInt(50)).forEach(i -> items.add("x" + i));
                return new Flaw("too many items", items, true);
            });
        }
        return flaws;
    }

    /** Free text, where odd characters are valid input and must be stored or refused, never crash. */
    static boolean freeText(JsonNode schema) {
        return schema.path("type").asText().equals("string") && !schema.has("enum") && !schema.has("format")
                && schema.path("pattern").asText("\\S").equals("\\S");
    }

    static Flaw oddity(Random r, String valid) {
        StringBuilder text = new StringBuilder(valid);
        for (int i = 0; i <= r.nextInt(3); i++) {
            text.insert(r.nextInt(text.length() + 1), pick(r, ODDITIES));
        }
        return new Flaw("odd unicode", JSON.textNode(text.toString()), false);
    }

    private static void strings(JsonNode schema, boolean required, List<Function<Random, Flaw>> flaws) {
        int max = schema.path("maxLength").asInt(0);
        if (max > 0) {
            flaws.add(r -> new Flaw("too long", JSON.textNode(word(r, "กขคabc๑ 😀", max + 1 + r.nextInt(3_000))), true));
        }
        String pattern = schema.path("pattern").asText("");
        if (pattern.equals("\\S")) {
            flaws.add(r -> new Flaw("blank", JSON.textNode(pick(r, List.of("", " ", "\t", "\n \r"))), true));
        } else if (!pattern.isEmpty()) {
            Pattern regex = Pattern.compile(pattern);
            flaws.add(r -> {
                String value;
                do {
                    value = pick(r, List.of(word(r, "0123456789", r.nextInt(20)), word(r, "๐๑๒๓๔๕๖๗๘๙", 8 + r.nextInt(6)),
                            word(r, "０１２３４５６７８９", 8), word(r, "abcXYZ-/ ", 1 + r.nextInt(12)),
                            "2401010" + pick(r, ODDITIES), "24010101\n"));
                } while (regex.matcher(value).matches() || !required && value.isEmpty());
                return new Flaw("pattern mismatch", JSON.textNode(value), true);
            });
        }
        switch (schema.path("format").asText()) {
            case "date" -> flaws.add(r -> new Flaw("bad date", JSON.textNode(pick(r, List.of(
                    "%04d-%02d-01".formatted(2000 + r.nextInt(100), 13 + r.nextInt(87)),
                    "2026-%02d-%02d".formatted(1 + r.nextInt(12), 32 + r.nextInt(68)),
                    "2026-02-30", "31/12/2568", "yesterday", "2026-1-5", "20260105", "๒๕๖๘-๐๑-๐๑"))), true));
            case "uuid" -> flaws.add(r -> new Flaw("bad uuid", JSON.textNode(pick(r, BAD_UUIDS)), true));
            default -> {
            }
        }
    }

    private static void numbers(JsonNode schema, String type, List<Function<Random, Flaw>> flaws) {
        if (schema.has("minimum")) {
            long min = schema.get("minimum").asLong();
            flaws.add(r -> new Flaw("below minimum", type.equals("integer") ? JSON.numberNode(min - 1 - r.nextInt(1_000))
                    : JSON.numberNode(min - 0.25 - r.nextInt(1_000)), true));
        }
        if (schema.has("maximum")) {
            long max = schema.get("maximum").asLong();
            flaws.add(r -> new Flaw("above maximum", JSON.numberNode(max + 1 + r.nextInt(1_000)), true));
        }
        if (type.equals("integer")) {
            BigInteger limit = schema.path("format").asText().equals("int64")
                    ? BigInteger.valueOf(Long.MAX_VALUE) : BigInteger.valueOf(Integer.MAX_VALUE);
            flaws.add(r -> new Flaw("overflow", JSON.numberNode(limit.add(BigInteger.valueOf(1 + r.nextInt(1_000_000)))
                    .multiply(BigInteger.valueOf(r.nextBoolean() ? 1 : -1)).multiply(BigInteger.TEN.pow(r.nextInt(30)))), true));
        }
    }

    static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    static String word(Random r, String alphabet, int length) {
        int[] codePoints = alphabet.codePoints().toArray();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.appendCodePoint(codePoints[r.nextInt(codePoints.length)]);
        }
        return word.toString();
    }

    private static JsonNode parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
