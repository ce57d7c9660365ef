package th.poverty.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The way in: one host, TLS and a rate limit at the edge, every API path the services declare
 * routed to the service that declares it (as ingress-nginx routes regular-expression paths), and
 * nothing of the operators' (/api/v1/admin, /q) reachable from outside.
 */
class EdgeTest {

    static final String HOST = "poverty.ministry.invalid";
    private static final Pattern PATH = Pattern.compile("@Path\\(\"(/api/v1/[^\"]*)\"\\)");

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void oneHostWithTlsAndARateLimitAtTheEdge(String name) {
        Overlays overlay = Overlays.render(name);

        assertThat(overlay.ofKind("Ingress")).isNotEmpty().allSatisfy(ingress -> {
            JsonNode annotations = ingress.at("/metadata/annotations");
            assertThat(ingress.at("/spec/ingressClassName").asText()).isEqualTo("nginx");
            assertThat(Overlays.stream(ingress.at("/spec/rules")).map(rule -> rule.path("host").asText())).containsOnly(HOST);
            assertThat(Overlays.stream(ingress.at("/spec/tls"))).singleElement().satisfies(tls -> {
                assertThat(Overlays.stream(tls.path("hosts")).map(JsonNode::asText)).containsExactly(HOST);
                assertThat(tls.path("secretName").asText()).isNotBlank();
            });
            assertThat(annotations.path("nginx.ingress.kubernetes.io/limit-rps").asInt()).as("requests a second per client").isPositive();
            assertThat(annotations.path("nginx.ingress.kubernetes.io/limit-connections").asInt()).isPositive();
        });
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void everyApiPathReachesTheServiceThatDeclaresIt(String name) {
        Overlays overlay = Overlays.render(name);

        for (Service service : Service.values()) {
            List<String> paths = declaredPaths(service);
            assertThat(paths).as(service.id + " declares API paths").isNotEmpty();
            for (String path : paths) {
                String example = path.replaceAll("\\{[^}]+}", "x1");
                String expected = example.startsWith("/api/v1/admin") ? "console" : service.id;
                assertThat(route(overlay, example)).as(example).contains(expected);
                assertThat(route(overlay, example + "/more")).as(example + "/more").contains(expected);
            }
        }
        assertThat(route(overlay, "/")).contains("console");
        assertThat(route(overlay, "/households/123")).as("a console page").contains("console");
        assertThat(route(overlay, "/q/metrics")).as("never a service's").contains("console");
        assertThat(route(overlay, "/api/v1/householdsx")).as("a whole segment only").contains("console");
        for (Service service : Service.values()) {
            assertThat(route(overlay, "/openapi/" + service.id)).contains(service.id);
            assertThat(route(overlay, "/asyncapi/" + service.id)).contains(service.id);
            assertThat(route(overlay, "/schemas/" + service.id + "/index.json")).contains(service.id);
            assertThat(Files.exists(Path.of("..", "..", service.id, "src", "main", "resources", "META-INF", "resources", "asyncapi.yaml")))
                    .as(service.id + " serves the /asyncapi.yaml the route rewrites to").isTrue();
        }
        assertThat(overlay.get("Ingress", "poverty-openapi").at("/metadata/annotations/nginx.ingress.kubernetes.io~1rewrite-target").asText())
                .isEqualTo("/q/openapi");
        assertThat(overlay.get("Ingress", "poverty-asyncapi").at("/metadata/annotations/nginx.ingress.kubernetes.io~1rewrite-target").asText())
                .isEqualTo("/asyncapi.yaml");
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void everyBackendIsAServicePortThatAdmitsTheIngressController(String name) {
        Overlays overlay = Overlays.render(name);

        Set<String> backends = overlay.ofKind("Ingress").flatMap(EdgeTest::paths)
                .map(path -> path.at("/backend/service/name").asText()).collect(Collectors.toSet());
        assertThat(backends).containsExactlyInAnyOrder(Stream.concat(Stream.of("console"),
                Stream.of(Service.values()).map(service -> service.id)).toArray(String[]::new));
        overlay.ofKind("Ingress").flatMap(EdgeTest::paths).forEach(path -> assertThat(
                Overlays.stream(overlay.get("Service", path.at("/backend/service/name").asText()).at("/spec/ports"))
                        .map(port -> port.path("name").asText())).contains(path.at("/backend/service/port/name").asText()));
        for (String backend : backends) {
            JsonNode ingress = overlay.get("NetworkPolicy", backend).at("/spec/ingress");
            assertThat(Overlays.stream(ingress).anyMatch(rule -> Overlays.stream(rule.path("from")).anyMatch(peer ->
                    Overlays.stream(peer.at("/namespaceSelector/matchExpressions/0/values")).anyMatch(value -> value.asText().equals("ingress-nginx")))
                    && EdgeTest.ports(rule).contains("8080")))
                    .as(backend + " admits the ingress controller").isTrue();
        }
    }

    @Test
    void theRouterFollowsIngressNginxOrder() {
        Overlays production = Overlays.production();

        assertThat(route(production, "/api/v1/households/H1/plans")).contains("plan-service");
        assertThat(route(production, "/api/v1/households/H1/timeline")).contains("reporting-service");
        assertThat(route(production, "/api/v1/households/H1/history")).contains("household-service");
        assertThat(route(production, "/API/V1/AREAS/10/progress")).as("~* matches regardless of case").contains("reporting-service");
    }

    /** The backend ingress-nginx sends a path to: Exact locations first, then regexes longest first. */
    static Optional<String> route(Overlays overlay, String uri) {
        List<JsonNode> paths = overlay.ofKind("Ingress").flatMap(EdgeTest::paths).toList();
        Optional<JsonNode> exact = paths.stream()
                .filter(path -> path.path("pathType").asText().equals("Exact") && path.path("path").asText().equals(uri)).findFirst();
        return exact.or(() -> paths.stream()
                        .filter(path -> !path.path("pathType").asText().equals("Exact"))
                        .sorted(Comparator.comparingInt((JsonNode path) -> path.path("path").asText().length()).reversed())
                        .filter(path -> Pattern.compile("^" + path.path("path").asText(), Pattern.CASE_INSENSITIVE).matcher(uri).find())
                        .findFirst())
                .map(path -> path.at("/backend/service/name").asText());
    }

    private static Stream<JsonNode> paths(ObjectNode ingress) {
        return Overlays.stream(ingress.at("/spec/rules")).flatMap(rule -> Overlays.stream(rule.at("/http/paths")));
    }

    /** Every path under /api/v1 a resource class or method of the service declares, as written. */
    static List<String> declaredPaths(Service service) {
        try (Stream<Path> files = Files.walk(Path.of("..", "..", service.id, "src", "main", "java"))) {
            return files.filter(file -> file.toString().endsWith(".java")).flatMap(file -> {
                Matcher matcher = PATH.matcher(read(file));
                return matcher.results().map(result -> result.group(1));
            }).distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ports(JsonNode rule) {
        return Overlays.stream(rule.path("ports")).map(port -> port.path("port").asText()).toList().toString();
    }
}
