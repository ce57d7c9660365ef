package th.poverty.web;

import java.lang.reflect.Method;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.eventstore.FreeTexts;

/**
 * Puts the free text back into the answers of {@link ShowsFreeText} endpoints: the only place
 * a text leaves its owning service, to a caller the endpoint admitted. An analyst gets null in
 * its place: analysts see counts, never what someone wrote about a household. Other answers are
 * left as they are.
 */
public class FreeTextAnswers {

    private final FreeTexts texts;
    private final Pool pool;
    private final ObjectMapper mapper;
    private final Caller caller;

    public FreeTextAnswers(FreeTexts texts, Pool pool, ObjectMapper mapper, Caller caller) {
        this.texts = texts;
        this.pool = pool;
        this.mapper = mapper;
        this.caller = caller;
    }

    @ServerResponseFilter
    public Uni<Void> resolve(ContainerResponseContext response, ResourceInfo resource) {
        if (!response.hasEntity() || response.getStatus() >= 300 || !showsFreeText(resource)) {
            return Uni.createFrom().voidItem();
        }
        String json;
        try {
            // some answers are JSON text already (a plan's view is stored as written)
            json = response.getEntity() instanceof String text ? text : mapper.writeValueAsString(response.getEntity());
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        if (!FreeTexts.mayRefer(json)) {
            response.setEntity(json); // written once: as the text just made
            return Uni.createFrom().voidItem();
        }
        try {
            JsonNode tree = mapper.readTree(json);
            if (Roles.ANALYST.equals(caller.role())) {
                answer(response, FreeTexts.withhold(tree));
                return Uni.createFrom().voidItem();
            }
            return texts.resolve(pool, tree).invoke(resolved -> answer(response, resolved)).replaceWithVoid();
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
    }

    /** As JSON text, which every answer's writer passes through as it is. */
    private void answer(ContainerResponseContext response, JsonNode json) {
        try {
            response.setEntity(mapper.writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean showsFreeText(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        return method != null && (method.isAnnotationPresent(ShowsFreeText.class)
                || method.getDeclaringClass().isAnnotationPresent(ShowsFreeText.class));
    }
}
