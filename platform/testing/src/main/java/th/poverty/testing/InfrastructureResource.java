package th.poverty.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Hands the shared PostgreSQL and Kafka to a {@code @QuarkusTest} application: one database
 * per service (init arg {@code database}), the broker address and the token verification key.
 */
public class InfrastructureResource implements QuarkusTestResourceLifecycleManager {

    private String database = "service";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        var infrastructure = Infrastructure.shared();
        var postgres = infrastructure.postgres();
        postgres.createDatabaseIfAbsent(database);
        Map<String, String> config = new HashMap<>(postgres.serviceConfig(database));
        config.put("kafka.bootstrap.servers", infrastructure.kafka().bootstrapServers());
        config.put("quarkus.oidc.public-key", infrastructure.tokenKeys().publicKey());
        config.put("quarkus.oidc.token.issuer", TokenKeys.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // shared by every test class of this JVM; stopped by the JVM's shutdown hook
    }
}
