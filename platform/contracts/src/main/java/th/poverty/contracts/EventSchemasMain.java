package th.poverty.contracts;

import java.nio.file.Path;
import java.util.List;

import th.poverty.contracts.EventSchemas.EventSchema;

/**
 * The build step (generate-resources) that writes a service's event schemas where Quarkus serves
 * static files: {@code <out>/<topic>/<type>/v<N>.json} and {@code <out>/index.json}, from the
 * AsyncAPI document, plus the recorded older versions the document no longer describes.
 * <p>Arguments: the asyncapi.yaml, the output directory, the service's recorded schemas, the service name.
 */
public final class EventSchemasMain {

    private EventSchemasMain() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: EventSchemasMain <asyncapi.yaml> <output dir> <recorded dir> <service>");
        }
        Path out = Path.of(args[1]);
        List<EventSchema> current = EventSchemas.of(AsyncApiDocument.read(Path.of(args[0])));
        List<EventSchema> older = new RecordedSchemas(args[3], Path.of(args[2])).older(current);
        for (EventSchema schema : current) {
            RecordedSchemas.write(out.resolve(schema.path()), schema.schema());
        }
        for (EventSchema schema : older) {
            RecordedSchemas.write(out.resolve(schema.path()), schema.schema());
        }
        RecordedSchemas.write(out.resolve("index.json"), EventSchemas.index(args[3], current, older));
    }
}
