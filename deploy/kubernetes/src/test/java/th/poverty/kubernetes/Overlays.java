package th.poverty.kubernetes;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The overlays ministry IT applies, each rendered once per test JVM. */
record Overlays(String name, List<ObjectNode> objects) {

    static final List<String> NAMES = List.of("dev", "production");
    private static final Map<String, Overlays> RENDERED = new ConcurrentHashMap<>();

    static Overlays render(String name) {
        return RENDERED.computeIfAbsent(name, overlay -> new Overlays(overlay, Kustomize.build(directory(overlay))));
    }

    static Path directory(String overlay) {
        return Path.of("overlays", overlay);
    }

    static Overlays production() {
        return render("production");
    }

    Stream<ObjectNode> ofKind(String kind) {
        return objects.stream().filter(object -> object.path("kind").asText().equals(kind));
    }

    Optional<ObjectNode> find(String kind, String name) {
        return ofKind(kind).filter(object -> object.path("metadata").path("name").asText().equals(name)).findFirst();
    }

    ObjectNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(this.name + " has no " + kind + " " + name));
    }

    /** The containers of every Deployment's pod template. */
    Stream<JsonNode> containers() {
        return ofKind("Deployment").flatMap(deployment -> Stream.concat(
                stream(deployment.path("spec").path("template").path("spec").path("initContainers")),
                stream(deployment.path("spec").path("template").path("spec").path("containers"))));
    }

    static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    @Override
    public String toString() {
        return name;
    }
}
