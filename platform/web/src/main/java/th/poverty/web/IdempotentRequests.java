package th.poverty.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.eventstore.IdempotentRequest;

/**
 * Every command (POST, PUT, PATCH, DELETE) of a service may carry an {@code Idempotency-Key}: a
 * repeat of it by the same caller, with the same method, path, query and body, gets the first
 * answer again ({@code Idempotent-Replayed: true}) and changes nothing, so a client that lost an
 * answer, or a device replaying what it queued offline, may send again without fear. The key is
 * claimed with the command's events ({@link IdempotentRequest}); the answer is kept as it leaves.
 * A refusal is not kept: nothing was written, and a retry (say with a fresh If-Match) is judged
 * afresh. The same key on another request is refused (422). Uploads to {@link LargeBodies}
 * routes are left alone: their bodies are not held in memory to be compared.
 */
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Set<String> COMMANDS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> KEPT_HEADERS = Set.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.CONTENT_TYPE);
    private static final int MAX_KEY_LENGTH = 200;
    /** How long a repeat waits for the first attempt's answer, committed but not yet kept. */
    private static final int ANSWER_POLLS = 50;
    private static final Duration ANSWER_POLL = Duration.ofMillis(100);

    private final Pool pool;
    private final ObjectMapper mapper;
    private final Set<String> uploads;

    public IdempotentRequests(Pool pool, ObjectMapper mapper, Instance<LargeBodies> largeBodies) {
        this.pool = pool;
        this.mapper = mapper;
        this.uploads = LargeBodies.paths(largeBodies);
    }

    /** The first answer to a repeat; else the request runs, claiming its key as it appends. */
    @ServerRequestFilter(readBody = true)
    public Uni<Response> recall(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        UriInfo uri = request.getUriInfo();
        if (key == null || !COMMANDS.contains(request.getMethod()) || uploads.contains(uri.getPath())) {
            return Uni.createFrom().nullItem();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return Uni.createFrom().item(ProblemMapper.respond(Problem.of(400, "bad-request", "Bad Request",
                    HEADER + " must be 1 to " + MAX_KEY_LENGTH + " characters").withField(HEADER), uri));
        }
        var principal = request.getSecurityContext().getUserPrincipal();
        var attempt = IdempotentRequest.of(principal == null ? "" : principal.getName(), key, hash(request));
        return find(attempt).flatMap(first -> {
            if (first == null) {
                attempt.run();
                return Uni.createFrom().nullItem();
            }
            if (!first.getString("request_hash").equals(attempt.hash())) {
                return Uni.createFrom().item(ProblemMapper.respond(reused(key), uri));
            }
            return answer(attempt, ANSWER_POLLS);
        });
    }

    /**
     * Keeps a command's answer for its repeats; a refusal is not kept. A twin sent at the same
     * moment may be refused for what the first attempt did (a version moved on, a household
     * already identified): it gets the first attempt's answer instead.
     */
    @ServerResponseFilter
    public Uni<Void> remember(ContainerResponseContext response) {
        var attempt = IdempotentRequest.current().orElse(null);
        if (attempt == null || response.getHeaders().containsKey(REPLAYED)) {
            return Uni.createFrom().voidItem();
        }
        if (response.getStatus() == 409 || response.getStatus() == 412) {
            return find(attempt).flatMap(first -> first == null || !first.getString("request_hash").equals(attempt.hash())
                    ? Uni.createFrom().voidItem()
                    : answer(attempt, ANSWER_POLLS).invoke(answer -> replace(response, answer)).replaceWithVoid());
        }
        return response.getStatus() / 100 == 2 ? keep(attempt, response) : Uni.createFrom().voidItem();
    }

    private Uni<Void> keep(IdempotentRequest attempt, ContainerResponseContext response) {
        JsonObject headers = new JsonObject();
        KEPT_HEADERS.forEach(name -> {
            Object value = response.getHeaders().getFirst(name);
            if (value != null) {
                headers.put(name, value.toString());
            }
        });
        JsonObject answer = new JsonObject().put("headers", headers).put("body", body(response.getEntity()));
        // a command that appended nothing claimed nothing: its answer makes the claim
        return pool.preparedQuery("""
                        insert into idempotent_requests (caller, idempotency_key, request_hash, attempt, status, answer)
                        values ($1, $2, $3, $4, $5, $6)
                        on conflict (caller, idempotency_key) do update set status = excluded.status, answer = excluded.answer
                        where idempotent_requests.attempt = excluded.attempt""")
                .execute(Tuple.from(new Object[] {attempt.caller(), attempt.key(), attempt.hash(), attempt.attempt(),
                        response.getStatus(), answer}))
                .replaceWithVoid();
    }

    private static void replace(ContainerResponseContext response, Response answer) {
        response.setStatus(answer.getStatus());
        response.getHeaders().clear();
        answer.getHeaders().forEach((name, values) -> response.getHeaders().addAll(name, values.toArray()));
        response.setEntity(answer.getEntity(), new Annotation[0], answer.getMediaType());
    }

    /** A twin sent at the same moment was applied first: its answer is this one's too. */
    @ServerExceptionMapper
    public Uni<Response> alreadyApplied(IdempotentRequest.AlreadyApplied twin) {
        return answer(twin.request(), ANSWER_POLLS);
    }

    private Uni<Response> answer(IdempotentRequest attempt, int polls) {
        return find(attempt).flatMap(first -> {
            if (first.getInteger("status") != null) {
                return Uni.createFrom().item(replay(first.getInteger("status"), (JsonObject) first.getValue("answer")));
            }
            if (polls == 0) {
                // applied, but its answer was lost with the process that sent it
                return Uni.createFrom().item(Response.noContent().header(REPLAYED, "true").build());
            }
            return Uni.createFrom().voidItem().onItem().delayIt().by(ANSWER_POLL).chain(() -> answer(attempt, polls - 1));
        });
    }

    private static Response replay(int status, JsonObject answer) {
        var response = Response.status(status).header(REPLAYED, "true");
        JsonObject headers = answer.getJsonObject("headers");
        headers.fieldNames().forEach(name -> response.header(name, headers.getString(name)));
        String body = answer.getString("body");
        return body == null ? response.build() : response.entity(body).build();
    }

    private Uni<Row> find(IdempotentRequest attempt) {
        return pool.preparedQuery("select request_hash, status, answer from idempotent_requests"
                        + " where caller = $1 and idempotency_key = $2")
                .execute(Tuple.of(attempt.caller(), attempt.key()))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next());
    }

    private String body(Object entity) {
        try {
            return entity == null ? null : entity instanceof String text ? text : mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer that was just written cannot be written again", e);
        }
    }

    static Problem reused(String key) {
        return Problem.of(422, "idempotency-key-reused", "Idempotency-Key reused",
                "Idempotency-Key " + key + " was already used for a different request").withField(HEADER);
    }

    /** Method, path, query and body: what makes a retry the same request. */
    private static String hash(ContainerRequestContext request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            var uri = request.getUriInfo().getRequestUri();
            digest.update((request.getMethod() + " " + uri.getRawPath() + "?" + uri.getRawQuery() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            if (request.hasEntity()) {
                byte[] body = request.getEntityStream().readAllBytes();
                request.setEntityStream(new ByteArrayInputStream(body));
                digest.update(body);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
