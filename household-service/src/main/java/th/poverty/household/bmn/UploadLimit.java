package th.poverty.household.bmn;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import th.poverty.web.LargeBodies;
import th.poverty.web.ProblemRoutes;

/**
 * Refuses a survey file whose announced length is over the limit before a byte of it is read,
 * with a problem+json answer; Quarkus's own limit, checked next, would answer a bare 413. A file
 * sent without a length is counted as it arrives instead ({@link UploadStream}). For the file to
 * reach the resource, Quarkus's limit ({@code quarkus.http.limits.max-body-size}) must be above
 * this one: checked at startup.
 */
@ApplicationScoped
public class UploadLimit implements LargeBodies {

    private final long limit;
    private final ObjectMapper mapper;

    public UploadLimit(BmnImportConfig config, ObjectMapper mapper,
                       @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> bodyLimit) {
        this.limit = config.maxUploadSize().asLongValue();
        this.mapper = mapper;
        if (bodyLimit.isPresent() && bodyLimit.get().asLongValue() <= limit) {
            throw new IllegalStateException("quarkus.http.limits.max-body-size (" + bodyLimit.get().asLongValue()
                    + " bytes) must be above household.bmn.max-upload-size (" + limit + " bytes)");
        }
    }

    @Override
    public String path() {
        return BmnImportResource.PATH;
    }

    void install(@Observes Router router) {
        install(router, BmnImportResource.PATH, limit, mapper);
    }

    /** Refuses, on {@code path}, a POST whose announced length is over {@code limit}; another upload route's too. */
    public static void install(Router router, String path, long limit, ObjectMapper mapper) {
        router.post(path).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length == null || !length.chars().allMatch(Character::isDigit) || length.length() > 18
                    || Long.parseLong(length) <= limit) {
                context.next();
                return;
            }
            ProblemRoutes.refuseBody(context, mapper, SpooledUpload.tooLarge(limit).problem());
        });
    }
}
