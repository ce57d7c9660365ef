package th.poverty.testing.fuzz;

import static th.poverty.testing.fuzz.Flaws.pick;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.poverty.testing.fuzz.Flaws.Flaw;
import th.poverty.testing.fuzz.OpenApi.Operation;
import th.poverty.testing.fuzz.OpenApi.Parameter;

/**
 * The malformed requests for one operation: each flaw of each body field, broken JSON, wrong
 * content types, bad If-Match values, bad path ids and bad query parameters. A body case targets an
 * id that names nothing, so even a body the service wrongly accepts changes nothing; a body for an
 * operation that creates must be invalid on its own, so an odd-but-valid value travels with a
 * missing required field there.
 */
final class CaseGenerator {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)(?:\\s*:[^}]*)?}");
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper ESCAPING = new ObjectMapper().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
    private static final List<String> BROKEN_JSON = List.of("{", "}", "{\"a\":}", "{'a':1}", "{\"a\":1,}", "[", "{\"a\" 1}",
            "{\"a\":01}", "{\"a\":NaN}", "{\"a\":\"\\x\"}", "{\"a\":\"\u0001\"}", "/* c */{}", "{\"a\":tru}", "\uFEFF{",
            "<xml/>", "a=1&b=2", "null", "[]", "42", "\"x\"", "true", "");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream", "nonsense",
            "application/json; charset=klingon", "text/csv");
    private static final List<String> IF_MATCH = List.of("", " ", "garbage", "\"abc\"", "\"0\"", "\"-1\"", "*", "W/\"x\"",
            "\"99999999999999999999\"", "1.5", "\"1", "\"\"");
    private static final List<String> ODD_QUERY_VALUES = List.of("%00", "%FF%FE", "%E0%B8%81", "%27%20OR%201=1%20--", "..%2F..%2F",
            "%0D%0AX-Injected:%201", "null", "-1", "0", "501", "100000", "2147483648", "-2147483649", "1e3", "abc", "ZZZ",
            "%E0%B9%92%E0%B9%94", "24%00", "999999999999999999999999999999", "true%00", "", "%20", "eyJhIjoxfQ");
    private static final List<String> BAD_IDS = List.of("not-a-uuid", "%00", "%FF%FE", "%E0%B8%81%E0%B8%82", "%F0%9F%98%80",
            "-1", "0", "99999999999999999999", "%20", "%0A", "..", "%2E%2E", "%2F", "a%2Fb", "%25", "null", "1.5",
            "%7Bid%7D", "00000000-0000-0000-0000-000000000000");
    static final int OVERSIZED_BYTES = 11 * 1024 * 1024;
    /** Long ids and query values stay within the HTTP server's request line (4 KB), past which it answers 414 itself. */
    private static final int MAX_LONG_VALUE = 2_500;

    /** A generator draws one case (null when the operation has no such case); repeatable ones make the random fill. */
    record Generator(Function<Random, FuzzCase> draw, boolean repeatable) {
    }

    private final Operation operation;
    private final Map<String, String> hints;

    CaseGenerator(Operation operation, Map<String, String> hints) {
        this.operation = operation;
        this.hints = hints;
    }

    List<Generator> generators() {
        List<Generator> generators = new ArrayList<>();
        if (operation.writes() && operation.body() != null) {
            fields(operation.body(), new ArrayList<>(), false, generators);
            generators.add(new Generator(r -> raw("not JSON", r, brokenJson(r)), true));
            generators.add(new Generator(r -> raw("deep nesting", r, nesting(r)), true));
            generators.add(new Generator(r -> raw("not UTF-8", r, notUtf8(r)), true));
            generators.add(new Generator(this::duplicateKey, true));
            generators.add(new Generator(r -> contentType(r, pick(r, CONTENT_TYPES)), true));
            generators.add(new Generator(r -> contentType(r, null), false));
            generators.add(new Generator(this::oversized, false));
        }
        if (operation.takesIfMatch()) {
            generators.add(new Generator(r -> ifMatch(r, r.nextInt(4) == 0 ? null : pick(r, IF_MATCH)), true));
        }
        if (!operation.in("path").isEmpty()) {
            generators.add(new Generator(this::badId, true));
        }
        if (!operation.in("query").isEmpty()) {
            generators.add(new Generator(this::badQuery, true));
        }
        return generators;
    }

    /** Every field of the body, nested objects and the first item of arrays included. */
    private void fields(JsonNode schema, List<Object> path, boolean required, List<Generator> generators) {
        if (!path.isEmpty()) {
            for (var flaw : Flaws.of(schema, required)) {
                generators.add(new Generator(r -> body(r, path, flaw.apply(r)), true));
            }
            if (Flaws.freeText(schema)) {
                generators.add(new Generator(r -> body(r, path, Flaws.oddity(r, "ทดสอบ fuzz")), true));
            }
        }
        if (schema.has("properties")) {
            generators.add(new Generator(r -> body(r, append(path, "zz" + Flaws.word(r, "abcxyz", 4)),
                    new Flaw("unknown field", PLAIN.getNodeFactory().numberNode(1), true)), true));
            List<String> requiredFields = new ArrayList<>();
            schema.path("required").forEach(name -> requiredFields.add(name.asText()));
            schema.get("properties").fields().forEachRemaining(p -> fields(p.getValue(), append(path, p.getKey()),
                    requiredFields.contains(p.getKey()), generators));
        } else if (schema.path("type").asText().equals("array")) {
            fields(schema.path("items"), append(path, 0), false, generators);
        }
    }

    private FuzzCase body(Random r, List<Object> path, Flaw flaw) {
        JsonNode body = valid(r);
        set(body, path, flaw.value());
        if (operation.creates() && !flaw.decisive() && !removeAnotherRequired(body, path.getFirst())) {
            return null;
        }
        return make(flaw.kind() + " " + path, path(r, Map.of()), headers(), json(r, body), true);
    }

    private boolean removeAnotherRequired(JsonNode body, Object flawed) {
        for (JsonNode name : operation.body().path("required")) {
            if (!name.asText().equals(flawed)) {
                ((ObjectNode) body).remove(name.asText());
                return true;
            }
        }
        return false;
    }

    private FuzzCase raw(String kind, Random r, byte[] body) {
        return make(kind, path(r, Map.of()), headers(), body, true);
    }

    /** Without a Content-Type, JSON is assumed: a valid body may then create something, so one that creates gets a broken body. */
    private FuzzCase contentType(Random r, String type) {
        Map<String, String> headers = headers();
        headers.put("Content-Type", type);
        byte[] body = type == null && operation.creates() ? brokenJson(r) : json(r, valid(r));
        return make("content type " + type, path(r, Map.of()), headers, body, true);
    }

    /**
     * A valid body with one of its fields given twice, the first time otherwise: parsers disagree
     * on which one counts (a gateway may check one and the service use the other), so it is refused.
     */
    private FuzzCase duplicateKey(Random r) {
        JsonNode body = valid(r);
        if (!(body instanceof ObjectNode object) || object.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = pick(r, names);
        String json = new String(json(r, body), StandardCharsets.UTF_8);
        String twice = "{" + quoted(name) + ":" + pick(r, List.of("null", "1", "\"x\"", "[]", "{}")) + ","
                + json.substring(json.indexOf('{') + 1);
        return make("duplicate key " + name, path(r, Map.of()), headers(), twice.getBytes(StandardCharsets.UTF_8), true);
    }

    private static String quoted(String name) {
        try {
            return PLAIN.writeValueAsString(name);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private FuzzCase oversized(Random r) {
        byte[] body = new byte[OVERSIZED_BYTES];
        Arrays.fill(body, (byte) 'a');
        byte[] start = "{\"reason\":\"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, body, 0, start.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return make("oversized body", path(r, Map.of()), headers(), body, true);
    }

    private FuzzCase ifMatch(Random r, String value) {
        Map<String, String> headers = headers();
        headers.put("If-Match", value);
        return make("If-Match " + value, path(r, Map.of()), headers, validBody(r), true);
    }

    private FuzzCase badId(Random r) {
        Parameter parameter = pick(r, operation.in("path"));
        String id = r.nextInt(5) == 0 ? "x".repeat(100 + r.nextInt(MAX_LONG_VALUE)) : pick(r, BAD_IDS);
        return make("bad path " + parameter.name() + " " + abbreviate(id), path(r, Map.of(parameter.name(), id)),
                headers(), validBody(r), true);
    }

    private FuzzCase badQuery(Random r) {
        Parameter parameter = pick(r, operation.in("query"));
        String value = r.nextInt(8) == 0 ? "a".repeat(100 + r.nextInt(MAX_LONG_VALUE)) : pick(r, ODD_QUERY_VALUES);
        Map<String, String> query = new LinkedHashMap<>(baseQuery());
        query.put(parameter.name(), value);
        // a query parameter is optional or has a default: an odd one may be read leniently, but must not fail
        return make("query " + parameter.name() + "=" + abbreviate(value), withoutQuery(r) + queryString(query), headers(),
                validBody(r), false);
    }

    /** Defaults: JSON when there is a body, and the version every write to an existing aggregate names. */
    private FuzzCase make(String kind, String path, Map<String, String> headers, byte[] body, boolean decisive) {
        if (body != null && !headers.containsKey("Content-Type")) {
            headers.put("Content-Type", "application/json");
        }
        return new FuzzCase(operation.key(), kind, operation.verb(), path, headers, body, decisive);
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (operation.takesIfMatch()) {
            headers.put("If-Match", "\"1\"");
        }
        return headers;
    }

    private byte[] validBody(Random r) {
        return operation.writes() && operation.body() != null ? json(r, valid(r)) : null;
    }

    private JsonNode valid(Random r) {
        return new Samples(hints, r).of(null, operation.body());
    }

    private String path(Random r, Map<String, String> overrides) {
        return withoutQuery(r, overrides) + queryString(baseQuery());
    }

    private String withoutQuery(Random r) {
        return withoutQuery(r, Map.of());
    }

    private String withoutQuery(Random r, Map<String, String> overrides) {
        Matcher parameter = PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        Samples samples = new Samples(Map.of(), r);
        while (parameter.find()) {
            String name = parameter.group(1);
            String type = operation.in("path").stream().filter(p -> p.name().equals(name)).findFirst()
                    .map(p -> p.schema().path("type").asText()).orElse("string");
            String value = overrides.getOrDefault(name, type.equals("integer") ? "1" : samples.id());
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return parameter.appendTail(path).toString();
    }

    private Map<String, String> baseQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        operation.in("query").stream().filter(p -> hints.containsKey(p.name()))
                .forEach(p -> query.put(p.name(), hints.get(p.name())));
        return query;
    }

    private static String queryString(Map<String, String> query) {
        StringBuilder string = new StringBuilder();
        query.forEach((name, value) -> string.append(string.isEmpty() ? '?' : '&').append(name).append('=').append(value));
        return string.toString();
    }

    private byte[] brokenJson(Random r) {
        if (r.nextBoolean()) {
            byte[] valid = json(r, valid(r));
            return Arrays.copyOf(valid, r.nextInt(valid.length - 1));
        }
        return pick(r, BROKEN_JSON).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] nesting(Random r) {
        int depth = 1_001 + r.nextInt(50_000);
        return (r.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The body with a string value's bytes replaced by ones that are not UTF-8 (a lone continuation byte, an overlong form…). */
    private byte[] notUtf8(Random r) {
        byte[] valid = json(r, valid(r));
        String text = new String(valid, StandardCharsets.UTF_8);
        int quote = text.indexOf("\":\"");
        byte[] bad = pick(r, List.of(new byte[]{(byte) 0xC3, 0x28}, new byte[]{(byte) 0xFF}, new byte[]{(byte) 0x80},
                new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[]{(byte) 0xC0, (byte) 0xAF}));
        int at = quote < 0 ? 0 : text.substring(0, quote + 3).getBytes(StandardCharsets.UTF_8).length;
        byte[] body = new byte[valid.length + bad.length];
        System.arraycopy(valid, 0, body, 0, at);
        System.arraycopy(bad, 0, body, at, bad.length);
        System.arraycopy(valid, at, body, at + bad.length, valid.length - at);
        return body;
    }

    private static void set(JsonNode body, List<Object> path, JsonNode value) {
        JsonNode parent = body;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.getLast();
        if (parent instanceof ArrayNode array) {
            array.set((Integer) last, value == null ? PLAIN.nullNode() : value);
        } else if (value == null) {
            ((ObjectNode) parent).remove((String) last);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    /** Escaped to ASCII or not, at random: a lone surrogate can only travel escaped. */
    private static byte[] json(Random r, JsonNode body) {
        try {
            return (r.nextBoolean() || hasLoneSurrogate(body.toString()) ? ESCAPING : PLAIN).writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(++i)))
                    || Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
    }
}
