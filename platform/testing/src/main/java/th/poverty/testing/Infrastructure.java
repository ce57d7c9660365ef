package th.poverty.testing;

import java.util.concurrent.CompletableFuture;

/**
 * The real PostgreSQL and Kafka every test JVM shares: started in parallel on first use and
 * stopped when the JVM exits, so a module's test classes pay for them once.
 */
public final class Infrastructure {

    private static Infrastructure shared;

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final TokenKeys tokenKeys;

    private Infrastructure(PostgresServer postgres, KafkaBroker kafka, TokenKeys tokenKeys) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.tokenKeys = tokenKeys;
    }

    public static synchronized Infrastructure shared() {
        if (shared == null) {
            var postgres = CompletableFuture.supplyAsync(PostgresServer::startEphemeral);
            var kafka = CompletableFuture.supplyAsync(KafkaBroker::startEphemeral);
            var keys = CompletableFuture.supplyAsync(TokenKeys::generate);
            shared = new Infrastructure(postgres.join(), kafka.join(), keys.join());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                shared.kafka.close();
                shared.postgres.close();
            }, "infrastructure-shutdown"));
        }
        return shared;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public TokenKeys tokenKeys() {
        return tokenKeys;
    }
}
