package th.poverty.web;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Every command's documentation names the Idempotency-Key that {@link IdempotentRequests} honours;
 * file uploads, which it leaves alone, are the commands whose body is not JSON.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class IdempotencyKeyDocumented implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach((method, operation) -> {
            if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                    && method != PathItem.HttpMethod.OPTIONS && method != PathItem.HttpMethod.TRACE && takesJson(operation)
                    && !named(operation)) {
                operation.addParameter(OASFactory.createParameter().name(IdempotentRequests.HEADER).in(Parameter.In.HEADER)
                        .required(false).schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(200))
                        .description("Any unique text, a UUID for instance. A repeat of this request with the same key "
                                + "gets the first answer again (Idempotent-Replayed: true) and changes nothing; the same "
                                + "key on another request is refused (422)."));
            }
        }));
    }

    private static boolean takesJson(Operation operation) {
        var body = operation.getRequestBody();
        return body == null || body.getContent() == null || body.getContent().getMediaTypes() == null
                || body.getContent().getMediaTypes().keySet().stream().anyMatch(type -> type.contains("json"));
    }

    private static boolean named(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotentRequests.HEADER.equalsIgnoreCase(p.getName()));
    }
}
