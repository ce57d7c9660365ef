package th.poverty.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Reads YAML files and strings, every document of a stream, as Jackson trees. */
final class Yaml {

    static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

    private Yaml() {
    }

    static List<ObjectNode> documents(Path file) {
        try {
            return documents(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ObjectNode> documents(String yaml) {
        List<ObjectNode> documents = new ArrayList<>();
        try (var parser = MAPPER.getFactory().createParser(yaml)) {
            for (var it = MAPPER.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode document = it.next();
                if (document == null || document.isNull() || document.isMissingNode()) {
                    continue; // an empty document between two "---"
                }
                if (!(document instanceof ObjectNode object)) {
                    throw new IllegalArgumentException("a document is not a mapping: " + document);
                }
                documents.add(object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    static JsonNode tree(String yaml) {
        try {
            return MAPPER.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
