package th.poverty.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.pgclient.PgException;
import th.poverty.eventstore.IdempotencyKeys;

/**
 * Runs a creating command at most once per {@code Idempotency-Key}: a client that retries after
 * a lost answer gets the resource the first attempt created instead of a second one.
 */
@ApplicationScoped
public class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final Pool pool;
    private final IdempotencyKeys keys;
    private final ObjectMapper mapper;

    public IdempotentCreation(Pool pool, IdempotencyKeys keys, ObjectMapper mapper) {
        this.pool = pool;
        this.keys = keys;
        this.mapper = mapper;
    }

    /** The id of what was created, and whether this answer repeats an earlier one. */
    public record Created(String id, boolean repeated) {
    }

    /**
     * @param key     the request's Idempotency-Key, or null
     * @param request the request body, whose hash tells a retry from a different request
     * @param create  creates inside the transaction and returns the new stream id
     */
    public Uni<Created> create(String key, Object request, Function<SqlConnection, Uni<String>> create) {
        if (key == null) {
            return pool.withTransaction(create).map(id -> new Created(id, false));
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.badRequest(HEADER, "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String hash = hash(request);
        return keys.find(pool, key, hash).flatMap(previous -> previous.isPresent()
                ? Uni.createFrom().item(new Created(previous.get(), true))
                : pool.withTransaction(tx -> create.apply(tx).call(id -> keys.remember(tx, key, hash, id)))
                        .map(id -> new Created(id, false))
                        .onFailure(IdempotentCreation::concurrentTwin)
                        .recoverWithUni(() -> keys.find(pool, key, hash).map(id -> new Created(id.orElseThrow(), true))));
    }

    private static boolean concurrentTwin(Throwable failure) {
        return failure instanceof PgException pg && "23505".equals(pg.getSqlState())
                && pg.getConstraint() != null && pg.getConstraint().startsWith("idempotency_keys");
    }

    private String hash(Object request) {
        try {
            byte[] body = mapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
