package th.poverty.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import com.fasterxml.jackson.databind.JsonNode;

import th.poverty.testing.KafkaBroker;

/**
 * deploy/kubernetes' Kafka users and topics, made on a secured broker of this machine from the
 * same resources Strimzi reads: each KafkaUser a SCRAM user with its ACLs, each KafkaTopic a
 * topic with its settings. A single broker cannot keep replicas, so replication is 1.
 */
public final class KafkaAccess {

    /** Settings that need more brokers than one. */
    private static final List<String> REPLICATION_SETTINGS = List.of("min.insync.replicas");

    /** One KafkaUser: its name and ACLs, as Strimzi's simple authorization declares them. */
    public record User(String name, List<AclBinding> acls) {
    }

    private KafkaAccess() {
    }

    /** The KafkaUser resources of {@code usersYaml}. */
    public static List<User> users(Path usersYaml) {
        List<User> users = new ArrayList<>();
        for (JsonNode resource : Manifests.resources(usersYaml, "KafkaUser")) {
            String name = resource.at("/metadata/name").asText();
            List<AclBinding> acls = new ArrayList<>();
            for (JsonNode acl : resource.at("/spec/authorization/acls")) {
                var pattern = new ResourcePattern(
                        ResourceType.fromString(strimziName(acl.at("/resource/type").asText())),
                        acl.at("/resource/name").asText(),
                        patternType(acl.at("/resource/patternType").asText("literal")));
                for (JsonNode operation : acl.path("operations")) {
                    acls.add(new AclBinding(pattern, new AccessControlEntry("User:" + name, "*",
                            AclOperation.fromString(operation.asText()), AclPermissionType.ALLOW)));
                }
            }
            users.add(new User(name, acls));
        }
        return users;
    }

    /**
     * Makes the topics of {@code kubernetesBase}/kafka/topics.yaml and the users of its
     * users.yaml with their ACLs; returns each user's new password.
     */
    public static Map<String, String> apply(KafkaBroker broker, Path kubernetesBase) {
        Map<String, String> passwords = new LinkedHashMap<>();
        try (Admin admin = Admin.create(broker.security().admin())) {
            createTopics(admin, kubernetesBase.resolve("kafka/topics.yaml"));
            List<User> users = users(kubernetesBase.resolve("kafka/users.yaml"));
            List<UserScramCredentialUpsertion> credentials = new ArrayList<>();
            for (User user : users) {
                String password = UUID.randomUUID().toString();
                passwords.put(user.name(), password);
                credentials.add(new UserScramCredentialUpsertion(user.name(),
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password));
            }
            admin.alterUserScramCredentials(new ArrayList<>(credentials)).all().get();
            admin.createAcls(users.stream().flatMap(user -> user.acls().stream()).toList()).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot make the Kafka users: " + e.getCause().getMessage(), e.getCause());
        }
        return passwords;
    }

    private static void createTopics(Admin admin, Path topicsYaml) throws InterruptedException, ExecutionException {
        List<NewTopic> topics = new ArrayList<>();
        for (JsonNode resource : Manifests.resources(topicsYaml, "KafkaTopic")) {
            Map<String, String> config = new HashMap<>();
            resource.at("/spec/config").properties().forEach(setting -> {
                if (!REPLICATION_SETTINGS.contains(setting.getKey())) {
                    config.put(setting.getKey(), setting.getValue().asText());
                }
            });
            String name = resource.at("/spec/topicName").asText(resource.at("/metadata/name").asText());
            topics.add(new NewTopic(name, resource.at("/spec/partitions").asInt(1), (short) 1).configs(config));
        }
        for (var created : admin.createTopics(topics).values().values()) {
            try {
                created.get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    /** Strimzi's pattern types as Kafka names them: its {@code prefix} is Kafka's PREFIXED. */
    static PatternType patternType(String strimzi) {
        return switch (strimzi) {
            case "literal" -> PatternType.LITERAL;
            case "prefix" -> PatternType.PREFIXED;
            default -> throw new IllegalArgumentException("unknown ACL pattern type " + strimzi);
        };
    }

    /** Strimzi names resource types in camel case (transactionalId); Kafka's enum in upper snake case. */
    private static String strimziName(String type) {
        return type.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
