package th.poverty.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.poverty.testing.Database;

/**
 * Keycloak, the identity provider, from its server distribution (Maven Central; deploy/local's
 * build unpacks it into {@code target/keycloak}), with the repository's realm
 * ({@code deploy/keycloak/poverty-eradication-realm.json}) imported: the same realm a cluster
 * imports. It runs in production mode ({@code start}) with a local cache, its data in a
 * PostgreSQL database of its own as a cluster's Keycloak keeps it, over plain HTTP on 127.0.0.1. Production mode with a server image built once, on the first
 * start after unpacking, starts fastest: development mode ({@code start-dev}) and {@code start}
 * without {@code --optimized} first run a JVM that compares the options with the last build's,
 * and rebuild when they differ. Each start imports the realm into its database.
 */
public final class IdentityProvider implements AutoCloseable {

    public static final String REALM = "poverty-eradication";
    public static final Path REALM_FILE = Path.of("deploy/keycloak/poverty-eradication-realm.json");
    /** The console's client and its demo secret, as the realm has them. */
    public static final String CONSOLE = "console";
    public static final String CONSOLE_SECRET = "demo-only-console-secret";

    /** PostgreSQL, and no cluster: one Keycloak alone on this machine. */
    private static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--cache=local");
    /** Its database in the local PostgreSQL, owned by {@code keycloak_owner}, which creates its schema. */
    private static final String DATABASE = "keycloak";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final URI url;
    private final Path log;
    private final Process process;
    private final Instant launched = Instant.now();
    private Duration startedIn;

    private IdentityProvider(URI url, Path log, Process process) {
        this.url = url;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts Keycloak on 127.0.0.1:{@code port} with the realm of the repository at {@code root}
     * imported into its database in {@code postgres}, its log in {@code workDir}, and returns once
     * the realm answers.
     */
    public static IdentityProvider start(Path root, Path workDir, int port, Database postgres) {
        Path home = distribution(root);
        postgres.createDatabaseIfAbsent(DATABASE);
        try {
            Files.createDirectories(workDir);
            buildOnce(home, workDir.resolve("keycloak-build.log"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(root.resolve(REALM_FILE), imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Path log = workDir.resolve("keycloak.log");
            Process process = kc(home, log, "start", "--optimized",
                    "--db-url=" + postgres.jdbcUrl(DATABASE), "--db-username=" + Database.ownerOf(DATABASE),
                    "--db-password=" + postgres.rolePassword(),
                    "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                    // tokens name the address they were asked at as their issuer: 127.0.0.1 for everyone here
                    "--hostname-strict=false", "--import-realm").start();
            var provider = new IdentityProvider(issuer(port).resolve("/"), log, process);
            provider.awaitReady();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak from " + home, e);
        }
    }

    /**
     * Builds the server image with {@link #BUILD_OPTIONS} (about 40 s), unless the unpacked
     * distribution was built with them already: {@code start --optimized} then skips both the
     * build and the JVM that {@code start} alone runs first to see whether one is needed.
     */
    private static void buildOnce(Path home, Path log) throws IOException {
        Path built = home.resolve("data/built-with");
        String options = String.join(" ", BUILD_OPTIONS);
        if (Files.exists(built) && Files.readString(built).equals(options)) {
            return;
        }
        List<String> build = new ArrayList<>(List.of("build"));
        build.addAll(BUILD_OPTIONS);
        Process process = kc(home, log, build.toArray(String[]::new)).start();
        try {
            if (!process.waitFor(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("Keycloak's build failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(e);
        }
        Files.createDirectories(built.getParent());
        Files.writeString(built, options);
    }

    private static ProcessBuilder kc(Path home, Path log, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString()));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        // a modest heap beside the services; Keycloak's default takes 70% of the machine's memory
        environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx384m");
        // C1 alone: the server starts sooner on a small machine, and serves a few people at a time here
        environment.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        return builder;
    }

    private static Path distribution(Path root) {
        Path unpacked = root.resolve("deploy/local/target/keycloak");
        try (Stream<Path> dirs = Files.exists(unpacked) ? Files.list(unpacked) : Stream.empty()) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("bin/kc.sh"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Keycloak is not unpacked in " + unpacked
                            + ": ./mvnw package -pl deploy/local -DskipTests"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        Instant deadline = launched.plus(READY_TIMEOUT);
        var request = HttpRequest.newBuilder(issuer().resolve(issuer().getPath() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    startedIn = Duration.between(launched, Instant.now());
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException(e);
            }
            if (Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException("Keycloak not ready after " + READY_TIMEOUT.toSeconds() + " s; see " + log);
            }
            sleep();
        }
    }

    /** The realm's issuer: what the services' and the console's {@code OIDC_AUTH_SERVER_URL} names. */
    public URI issuer() {
        return url.resolve("/realms/" + REALM);
    }

    /** The issuer of a Keycloak on 127.0.0.1:{@code port}, for what is configured before it has started. */
    public static URI issuer(int port) {
        return URI.create("http://127.0.0.1:" + port + "/realms/" + REALM);
    }

    /** From launching Keycloak until the realm answered. */
    public Duration startedIn() {
        return startedIn;
    }

    /** An access token for a client acting for itself, such as a partner agency (client credentials). */
    public String clientCredentials(String clientId, String secret) {
        return token(clientId, secret, Map.of("grant_type", "client_credentials"));
    }

    /**
     * An access token for a person signed in to the console, by the authorization-code flow the
     * console itself uses: Keycloak's login form, filled in as a browser would. The realm has no
     * client that takes a password directly, and needs none for this.
     */
    public String signIn(String username, String password) {
        // the console's redirect URI on this machine; Keycloak hands the code over in the redirect, nobody follows it
        String redirect = "http://127.0.0.1/signed-in";
        URI authorize = URI.create(issuer() + "/protocol/openid-connect/auth?" + form(Map.of("client_id", CONSOLE,
                "response_type", "code", "scope", "openid", "redirect_uri", redirect)));
        var loginPage = send(HTTP, HttpRequest.newBuilder(authorize).build());
        Matcher action = LOGIN_FORM.matcher(loginPage.body());
        if (!action.find()) {
            throw new IllegalStateException("no login form at " + authorize);
        }
        var filledIn = send(HTTP, HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies(loginPage))
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password)))).build());
        String location = filledIn.headers().firstValue("Location").orElse("");
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        if (!location.startsWith(redirect) || !code.find()) {
            throw new IllegalStateException(username + " not signed in (" + filledIn.statusCode() + " " + location + ")");
        }
        return token(CONSOLE, CONSOLE_SECRET, Map.of("grant_type", "authorization_code", "code", code.group(1),
                "redirect_uri", redirect));
    }

    /**
     * The login page's cookies, to send back with the form. Keycloak marks them Secure, which
     * Java's cookie handler then keeps from plain HTTP even to 127.0.0.1, where browsers send them.
     */
    private static String cookies(HttpResponse<?> page) {
        return page.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";", 2)[0])
                .collect(Collectors.joining("; "));
    }

    private String token(String clientId, String secret, Map<String, String> grant) {
        var request = HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form(grant))).build();
        var answer = send(HTTP, request);
        try {
            JsonNode body = JSON.readTree(answer.body());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("no token for " + clientId + ": " + answer.statusCode() + " " + body);
            }
            return body.path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops Keycloak (SIGTERM), killing it after 20 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
