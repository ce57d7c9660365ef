package th.poverty.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.poverty.contracts.EventSchemas.EventSchema;

/**
 * The schemas of the published event versions, recorded in the repository under
 * {@code docs/events/<service>/<topic>/<type>.v<N>.json}, and the check that the schemas generated
 * from today's AsyncAPI document keep faith with them. Run with {@code -Devents.record=true} to
 * record new versions and compatible changes; an incompatible change is never recorded over a
 * published version: it needs a new schema version, recorded beside the old one.
 */
public final class RecordedSchemas {

    /** The system property that turns the check into recording. */
    public static final String RECORD = "events.record";

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String service;
    private final Path directory;

    public RecordedSchemas(String service, Path directory) {
        this.service = service;
        this.directory = directory;
    }

    /** The recorded schemas of {@code service} in the repository the build runs in. */
    public static RecordedSchemas inRepository(String service) {
        return new RecordedSchemas(service, repositoryRoot().resolve("docs/events").resolve(service));
    }

    static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("platform"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (with mvnw and platform/) above " + here);
    }

    public Path directory() {
        return directory;
    }

    /** What comparing the generated schemas with the record found. */
    public record Outcome(List<String> incompatible, List<String> unrecorded, List<String> compatible, List<String> recorded) {

        public boolean passed() {
            return incompatible.isEmpty() && unrecorded.isEmpty() && compatible.isEmpty();
        }
    }

    /**
     * Compares; when {@code record}, writes the new versions and the compatible changes (never an
     * incompatible one) and reports them as recorded.
     */
    public Outcome compare(List<EventSchema> generated, boolean record) {
        List<String> incompatible = new ArrayList<>();
        List<String> unrecorded = new ArrayList<>();
        List<String> compatible = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (EventSchema schema : generated) {
            Path file = directory.resolve(schema.recordedName());
            JsonNode before = read(file);
            if (before == null) {
                if (record) {
                    write(file, schema.schema());
                    written.add(schema.label() + ": new, recorded as " + shown(file));
                } else {
                    unrecorded.add(schema.label() + " is not recorded (" + shown(file) + ")");
                }
                continue;
            }
            if (before.equals(schema.schema())) {
                continue;
            }
            List<String> breaking = SchemaCompatibility.breakingChanges(before, schema.schema());
            if (!breaking.isEmpty()) {
                incompatible.add(schema.label() + " is published and recorded in " + shown(file)
                        + ", and this change to it is incompatible:\n    - " + String.join("\n    - ", breaking)
                        + "\n  Undo it, or move the schema version: raise @SchemaVersion on the event record to "
                        + (schema.version() + 1) + " with an upcaster from " + schema.version() + ", set "
                        + AsyncApiDocument.SCHEMA_VERSION + ": " + (schema.version() + 1) + " on the message in asyncapi.yaml,"
                        + " and record the new version (" + command() + "); " + file.getFileName() + " stays as it is.");
            } else if (record) {
                write(file, schema.schema());
                written.add(schema.label() + ": compatible change recorded in " + shown(file));
            } else {
                compatible.add(schema.label() + " changed compatibly (" + shown(file) + ")");
            }
        }
        return new Outcome(incompatible, unrecorded, compatible, written);
    }

    /** Fails (an AssertionError, for any test framework) unless the generated schemas keep faith with the record. */
    public void check(List<EventSchema> generated) {
        boolean record = Boolean.getBoolean(RECORD);
        Outcome outcome = compare(generated, record);
        outcome.recorded().forEach(line -> System.out.println("[event schemas] " + line));
        if (!outcome.passed()) {
            List<String> problems = new ArrayList<>(outcome.incompatible());
            problems.addAll(outcome.unrecorded());
            problems.addAll(outcome.compatible());
            String advice = outcome.incompatible().isEmpty()
                    ? "\nThese are new versions or compatible changes: record them (a new version as a new file, older files"
                            + " stay) with\n  " + command() + "\nand commit the files."
                    : "";
            throw new AssertionError(service + "'s published event schemas differ from the recorded ones in " + shown(directory)
                    + ":\n- " + String.join("\n- ", problems) + advice);
        }
    }

    /** The recorded versions the document no longer describes (older schema versions): still served. */
    public List<EventSchema> older(List<EventSchema> current) {
        List<EventSchema> older = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return older;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches(".+\\.v[0-9]+\\.json")).sorted().toList()) {
                String name = file.getFileName().toString();
                String topic = directory.relativize(file.getParent()).toString().replace('\\', '/');
                String type = name.substring(0, name.lastIndexOf(".v"));
                int version = Integer.parseInt(name.substring(name.lastIndexOf(".v") + 2, name.length() - ".json".length()));
                boolean described = current.stream()
                        .anyMatch(s -> s.topic().equals(topic) && s.type().equals(type) && s.version() == version);
                if (!described) {
                    older.add(new EventSchema(topic, type, version, (ObjectNode) read(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return older;
    }

    /** A path as the repository names it, where it can. */
    private String shown(Path path) {
        Path absolute = path.toAbsolutePath();
        Path base = directory.toAbsolutePath().getParent();
        for (int up = 0; base != null && up < 2 && base.getParent() != null; up++) {
            base = base.getParent();
        }
        return base != null && absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }

    private String command() {
        return "./mvnw -B -ntp -o test -pl " + service + " -Dtest=AsyncApiContractTest -D" + RECORD + "=true";
    }

    private static JsonNode read(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static void write(Path file, JsonNode schema) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(schema) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
