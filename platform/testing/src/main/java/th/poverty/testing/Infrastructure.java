package th.poverty.testing;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The real PostgreSQL and Kafka every test JVM shares: started in parallel on first use and
 * stopped when the JVM exits (each registers its own hook as it starts), so a module's test
 * classes pay for them once. By default both run
 * without Docker (binaries from Maven Central, the broker in a child JVM); with
 * {@code poverty.infrastructure=testcontainers} (system property or {@code POVERTY_INFRASTRUCTURE})
 * they run as containers instead.
 */
public final class Infrastructure {

    private static Infrastructure shared;

    private final Database postgres;
    private final Broker kafka;
    private final TokenKeys tokenKeys;

    private Infrastructure(Database postgres, Broker kafka, TokenKeys tokenKeys) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.tokenKeys = tokenKeys;
    }

    public static synchronized Infrastructure shared() {
        if (shared == null) {
            boolean containers = "testcontainers".equals(System.getProperty("poverty.infrastructure",
                    System.getenv().getOrDefault("POVERTY_INFRASTRUCTURE", "binaries")));
            Supplier<Database> database = containers ? Containers::postgres : PostgresServer::startEphemeral;
            Supplier<Broker> broker = containers ? Containers::kafka : KafkaBroker::startEphemeral;
            var postgres = CompletableFuture.supplyAsync(database);
            var kafka = CompletableFuture.supplyAsync(broker);
            var keys = CompletableFuture.supplyAsync(TokenKeys::generate);
            shared = new Infrastructure(postgres.join(), kafka.join(), keys.join());
        }
        return shared;
    }

    public Database postgres() {
        return postgres;
    }

    public Broker kafka() {
        return kafka;
    }

    public TokenKeys tokenKeys() {
        return tokenKeys;
    }
}
