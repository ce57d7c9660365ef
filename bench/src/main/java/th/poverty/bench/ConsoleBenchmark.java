package th.poverty.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console on a running local system (bin/run-local): the weight of each journey's first page
 * (HTML and everything it loads, gzip as a browser takes it) against the 200 KB target, and the
 * p95 of each journey's interactions as the console answers them (the pages it composes from the
 * services, a form refused by a service), each beside a static file served by the same console in
 * the same rounds. Paced under the services' per-person rate limit: one dashboard is 14 calls.
 * <p>
 * Run: {@code java -cp "bench/target/classes:bench/target/lib/*" th.poverty.bench.ConsoleBenchmark};
 * options {@code --console http://127.0.0.1:8080 --rounds 100 --pause-ms 400 --report bench/results/console.md}.
 * The browser's own time (layout, scripts) is not in these figures: the journeys' browser tests run
 * them in Chromium.
 */
public final class ConsoleBenchmark {

    private static final long PAGE_WEIGHT_TARGET = 200 * 1024;
    private static final double P95_TARGET_MS = 500;
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"");
    private static final Pattern MODULE_IMPORT = Pattern.compile("^import [^;]*?from '(\\./[^']+\\.js)';", Pattern.MULTILINE);
    private static final Pattern FONT = Pattern.compile("url\\((/assets/[^)]+\\.woff2)\\)");
    private static final Pattern HOUSEHOLD = Pattern.compile("href=\"/households/([0-9a-f-]{36})\"");
    private static final Pattern PROBLEM = Pattern.compile("href=\"(/problems/[0-9a-f-]{36})\"");
    private static final String FLOOR = "/assets/console/console.css";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI console;

    ConsoleBenchmark(URI console) {
        this.console = console;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.of(args);
        var bench = new ConsoleBenchmark(URI.create(options.getOrDefault("--console", "http://127.0.0.1:8080")));
        int rounds = Integer.parseInt(options.getOrDefault("--rounds", "100"));
        long pauseMs = Long.parseLong(options.getOrDefault("--pause-ms", "400"));
        Path report = Path.of(options.getOrDefault("--report", "bench/results/console.md"));
        System.exit(bench.run(rounds, pauseMs, report) ? 0 : 1);
    }

    /** One interaction of a journey: who does it, and the request. */
    private record Interaction(String journey, String name, String person, HttpRequest.Builder request, int expected) {
    }

    boolean run(int rounds, long pauseMs, Path report) throws Exception {
        Map<String, String> sessions = new LinkedHashMap<>();
        for (String person : List.of("demo-province", "demo-district", "demo-carer", "demo-agency")) {
            sessions.put(person, signIn(person));
        }
        String household = firstMatch(HOUSEHOLD, get("/care", sessions.get("demo-carer")));
        String problem = firstMatch(PROBLEM, get("/problems", sessions.get("demo-agency")));
        String compass = get("/compass/" + household, sessions.get("demo-carer")).contains("name=\"idempotencyKey\"")
                ? "/compass/" + household : redirectOf("/compass/" + household, sessions.get("demo-carer"));

        Map<String, String> firstPages = new LinkedHashMap<>();
        firstPages.put("sign-in", "/sign-in");
        firstPages.put("area overview (province)", "/areas/24");
        firstPages.put("carer's round", "/care");
        firstPages.put("household page", "/households/" + household);
        firstPages.put("compass", compass);
        firstPages.put("survey upload", "/imports");
        firstPages.put("partner agency's worklist", "/problems");
        Map<String, Weight> weights = new LinkedHashMap<>();
        for (var page : firstPages.entrySet()) {
            String person = page.getKey().equals("survey upload") ? "demo-district"
                    : page.getKey().startsWith("area") ? "demo-province"
                    : page.getKey().startsWith("partner") ? "demo-agency" : "demo-carer";
            // the sign-in page is for someone not signed in yet: a session is sent on from it
            weights.put(page.getKey(), weigh(page.getValue(), page.getKey().equals("sign-in") ? null : sessions.get(person)));
        }

        List<Interaction> interactions = List.of(
                new Interaction("province", "area overview, province (14 calls)", "demo-province", page("/areas/24"), 200),
                new Interaction("province", "drill down to a district", "demo-province", page("/areas/2401"), 200),
                new Interaction("province", "monthly reports and the districts' state", "demo-province", page("/reports/24"), 200),
                new Interaction("district", "households of the district", "demo-district", page("/households?area=2401"), 200),
                new Interaction("district", "caseload and waiting households", "demo-district",
                        page("/care/assignments?area=2401"), 200),
                new Interaction("carer", "my households", "demo-carer", page("/care"), 200),
                new Interaction("carer", "a household's page (3 calls)", "demo-carer", page("/households/" + household), 200),
                new Interaction("carer", "a 4 ท form refused by household-service", "demo-carer",
                        form("/households/" + household + "/assessment", "version=1&assessedOn="), 400),
                new Interaction("carer", "the compass", "demo-carer", page(compass), 200),
                new Interaction("partner agency", "its worklist and the activities addressed to it (2 calls)",
                        "demo-agency", page("/problems"), 200),
                new Interaction("partner agency", "a problem with its help", "demo-agency", page(problem), 200));
        Map<String, List<Double>> times = new LinkedHashMap<>();
        interactions.forEach(i -> times.put(i.name(), new ArrayList<>()));
        List<Double> floor = new ArrayList<>();
        int warmUp = Math.max(5, rounds / 10);
        for (int round = 0; round < warmUp + rounds; round++) {
            for (Interaction interaction : interactions) {
                double ms = time(interaction.request().copy(), sessions.get(interaction.person()), interaction.expected());
                double floorMs = time(page(FLOOR), null, 200);
                if (round >= warmUp) {
                    times.get(interaction.name()).add(ms);
                    floor.add(floorMs);
                }
                Thread.sleep(pauseMs);
            }
        }
        return write(report, weights, interactions, times, floor, rounds, pauseMs);
    }

    private boolean write(Path report, Map<String, Weight> weights, List<Interaction> interactions,
                          Map<String, List<Double>> times, List<Double> floor, int rounds, long pauseMs) throws IOException {
        boolean met = true;
        StringBuilder md = new StringBuilder("# The console: page weight and the time of each journey's interactions\n\n");
        md.append("Against `bin/run-local` at ").append(console).append(", %d rounds after warm-up, %d ms between requests."
                .formatted(rounds, pauseMs)).append(" Floor, same rounds: `").append(FLOOR)
                .append("`, a static file served by the same console. Times are the console's answers as a client ")
                .append("receives them (its calls to the services included), not the browser's drawing.\n\n");
        md.append("## First page of each journey (gzip, as a browser downloads it)\n\n| page | HTML | with every asset | target | verdict |\n|---|---|---|---|---|\n");
        for (var weight : weights.entrySet()) {
            boolean light = weight.getValue().total() <= PAGE_WEIGHT_TARGET;
            met &= light;
            md.append("| %s | %.1f KB | %.1f KB | 200 KB | %s |\n".formatted(weight.getKey(), weight.getValue().html() / 1024.0,
                    weight.getValue().total() / 1024.0, light ? "met" : "MISSED"));
        }
        double floorP95 = OpenLoad.percentile(floor, 95);
        md.append("\n## Interactions\n\n| journey | interaction | p50 ms | p95 ms | floor p95 ms | target | verdict |\n|---|---|---|---|---|---|---|\n");
        for (Interaction interaction : interactions) {
            List<Double> samples = times.get(interaction.name());
            double p95 = OpenLoad.percentile(samples, 95);
            boolean fast = p95 < P95_TARGET_MS;
            met &= fast;
            md.append("| %s | %s | %.1f | %.1f | %.1f | p95 < %.0f ms | %s |\n".formatted(interaction.journey(),
                    interaction.name(), OpenLoad.percentile(samples, 50), p95, floorP95, P95_TARGET_MS, fast ? "met" : "MISSED"));
            Summary.add("console: " + interaction.name(), "p50 %.1f ms, p95 %.1f ms".formatted(OpenLoad.percentile(samples, 50), p95),
                    "static file p95 %.1f ms".formatted(floorP95), "p95 < %.0f ms".formatted(P95_TARGET_MS),
                    fast ? "met" : "MISSED");
        }
        long heaviest = weights.values().stream().mapToLong(Weight::total).max().orElse(0);
        Summary.add("console: heaviest first page", "%.1f KB gzip".formatted(heaviest / 1024.0), "—", "< 200 KB",
                heaviest <= PAGE_WEIGHT_TARGET ? "met" : "MISSED");
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, md);
        System.out.print(md);
        return met;
    }

    /** A page's weight: its HTML and the assets it loads (the fonts its stylesheet names too), each once, gzip. */
    private record Weight(long html, long total) {
    }

    private Weight weigh(String path, String session) throws Exception {
        var answer = http.send(withSession(page(path), session).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        long html = answer.body().length;
        String text = new String(gunzipIfNeeded(answer), StandardCharsets.UTF_8);
        Set<String> assets = new LinkedHashSet<>();
        Matcher found = ASSET.matcher(text);
        while (found.find()) {
            assets.add(found.group(1));
        }
        long total = html;
        var toLoad = new java.util.ArrayDeque<>(assets);
        while (!toLoad.isEmpty()) {
            String asset = toLoad.poll();
            var loaded = http.send(page(asset).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            total += loaded.body().length;
            if (asset.endsWith(".js")) {
                // an ES module's static imports load with it (the offline queue's modules on every page)
                Matcher imports = MODULE_IMPORT.matcher(new String(gunzipIfNeeded(loaded), StandardCharsets.UTF_8));
                while (imports.find()) {
                    String imported = URI.create(asset).resolve(imports.group(1)).toString();
                    if (assets.add(imported)) {
                        toLoad.add(imported);
                    }
                }
            }
            if (asset.endsWith(".css")) {
                Matcher fonts = FONT.matcher(new String(gunzipIfNeeded(loaded), StandardCharsets.UTF_8));
                while (fonts.find()) {
                    // Thai and Latin, regular and bold: a Thai page uses all four
                    if (assets.add(fonts.group(1))) {
                        total += http.send(page(fonts.group(1)).build(), HttpResponse.BodyHandlers.ofByteArray()).body().length;
                    }
                }
            }
        }
        return new Weight(html, total);
    }

    private static byte[] gunzipIfNeeded(HttpResponse<byte[]> answer) throws IOException {
        if (!answer.headers().firstValue("Content-Encoding").orElse("").contains("gzip")) {
            return answer.body();
        }
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(answer.body()))) {
            return in.readAllBytes();
        }
    }

    private double time(HttpRequest.Builder request, String session, int expected) throws Exception {
        long start = System.nanoTime();
        var answer = http.send(withSession(request, session).build(), HttpResponse.BodyHandlers.discarding());
        double ms = (System.nanoTime() - start) / 1e6;
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(answer.uri() + " answered " + answer.statusCode() + ", expected " + expected);
        }
        return ms;
    }

    private String signIn(String person) throws Exception {
        var answer = http.send(HttpRequest.newBuilder(console.resolve("/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("person=" + URLEncoder.encode(person, StandardCharsets.UTF_8)
                                + "&back=/")).build(),
                HttpResponse.BodyHandlers.discarding());
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("console_session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session for " + person + ": is the local system's console up?"));
    }

    private String get(String path, String session) throws Exception {
        return http.send(withSession(page(path), session).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private String redirectOf(String path, String session) throws Exception {
        var answer = http.send(withSession(page(path), session).build(), HttpResponse.BodyHandlers.discarding());
        return URI.create(answer.headers().firstValue("Location").orElseThrow()).getPath();
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(console.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
    }

    private HttpRequest.Builder form(String path, String body) {
        return HttpRequest.newBuilder(console.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder withSession(HttpRequest.Builder request, String session) {
        return session == null ? request : request.header("Cookie", session);
    }

    private static String firstMatch(Pattern pattern, String text) {
        Matcher found = pattern.matcher(text);
        if (!found.find()) {
            throw new IllegalStateException("nothing matches " + pattern + ": is the demo loaded?");
        }
        return found.group(1);
    }
}
