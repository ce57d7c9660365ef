package th.poverty.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** deploy/kubernetes' resources as this machine reads them: the documents of one kind in a YAML file. */
final class Manifests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Manifests() {
    }

    static List<JsonNode> resources(Path yaml, String kind) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml.toFile())) {
            return documents.readAll().stream().filter(document -> kind.equals(document.path("kind").asText())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource of {@code kind} named {@code name} in {@code yaml}. */
    static JsonNode named(Path yaml, String kind, String name) {
        return resources(yaml, kind).stream().filter(resource -> name.equals(resource.at("/metadata/name").asText()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no " + kind + " " + name + " in " + yaml));
    }
}
