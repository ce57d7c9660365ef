package th.poverty.local;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import th.poverty.testing.Database;
import th.poverty.testing.KafkaSecurity;

/**
 * The Secrets deploy/kubernetes' Deployments read, made on this machine: what CloudNativePG
 * (each database's owner and runtime role), Strimzi (each KafkaUser's credentials, the cluster
 * CA) and ministry IT ({@code <workload>-config-creds}) put in the cluster.
 */
final class ProductionSecrets implements KubernetesEnvironment.Secrets {

    private static final String CLUSTER_CA = "poverty-kafka-cluster-ca-cert";
    private static final String DATABASE_OWNER = "-db-app";
    private static final String DATABASE_RUNTIME = "-db-runtime";
    private static final String CONFIG = "-config-creds";

    private final Database postgres;
    private final KafkaSecurity kafka;
    private final Map<String, String> kafkaPasswords;
    private final Map<String, Map<String, String>> configs = new HashMap<>();

    /**
     * @param kafkaPasswords each Kafka user's password ({@link KafkaAccess#apply})
     * @param consoleClientSecret the console's client secret at the identity provider
     */
    ProductionSecrets(Database postgres, KafkaSecurity kafka, Map<String, String> kafkaPasswords, String consoleClientSecret) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.kafkaPasswords = Map.copyOf(kafkaPasswords);
        configs.put("household-service" + CONFIG, Map.of("IDENTITY_HASH_KEY", randomKey()));
        // docs/operations.md, Install: the console's client secret, and the key of its session cookie
        configs.put("console" + CONFIG, Map.of("OIDC_CLIENT_SECRET", consoleClientSecret,
                "QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET", randomKey()));
    }

    @Override
    public Map<String, String> named(String name) {
        if (name.equals(CLUSTER_CA)) {
            return Map.of("ca.crt", kafka.withoutCredentials().get("ssl.truststore.certificates").toString());
        }
        if (name.endsWith(DATABASE_OWNER)) {
            String database = name.substring(0, name.length() - DATABASE_OWNER.length());
            return Map.of("username", Database.ownerOf(database), "password", postgres.rolePassword());
        }
        if (name.endsWith(DATABASE_RUNTIME)) {
            String database = name.substring(0, name.length() - DATABASE_RUNTIME.length());
            return Map.of("username", Database.runtimeRoleOf(database), "password", postgres.rolePassword());
        }
        if (name.endsWith(CONFIG)) {
            return configs.getOrDefault(name, Map.of());
        }
        if (kafkaPasswords.containsKey(name)) {
            return Map.of("sasl.jaas.config", clientOf(name).get("sasl.jaas.config"), "password", kafkaPasswords.get(name));
        }
        throw new IllegalArgumentException("no Secret " + name + " on this machine");
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private Map<String, String> clientOf(String user) {
        Map<String, String> settings = new HashMap<>();
        kafka.client(user, kafkaPasswords.get(user)).forEach((key, value) -> settings.put(key, value.toString()));
        return settings;
    }
}
