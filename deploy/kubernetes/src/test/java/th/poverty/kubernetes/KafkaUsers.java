package th.poverty.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Generates the Strimzi KafkaUser resources (base/kafka/users.yaml) from the system's one list of
 * Kafka users and ACLs, deploy/kafka-users.yaml. {@link KafkaUsersTest} fails when the committed
 * file is not what this generates; regenerate it with
 * {@code ./mvnw -o test -pl deploy/kubernetes -Dtest=KafkaUsersTest -Dkafka-users.write=true}.
 */
final class KafkaUsers {

    static final Path SOURCE = Path.of("..", "kafka-users.yaml");
    static final Path GENERATED = Path.of("base", "kafka", "users.yaml");
    static final String CLUSTER = "poverty-kafka";
    static final String ANALYSTS_APP = "provincial-analytics";

    /** One user and its ACLs, as the source lists them (the analysts' expanded per province). */
    record User(String name, String app, String province, List<Acl> acls) {
    }

    record Acl(String type, String name, String pattern, List<String> operations) {
    }

    private KafkaUsers() {
    }

    static List<User> users(Path source) {
        JsonNode root = Yaml.tree(read(source));
        List<User> users = new ArrayList<>();
        for (JsonNode service : root.path("services")) {
            String name = service.path("user").asText();
            users.add(new User(name, name, null, acls(service.path("acls"), null)));
        }
        JsonNode analysts = root.path("provincialAnalysts");
        for (JsonNode province : analysts.path("provinces")) {
            String code = province.path("code").asText();
            users.add(new User(analysts.path("user").asText().replace("{province}", code), ANALYSTS_APP, code,
                    acls(analysts.path("acls"), code)));
        }
        return users;
    }

    private static List<Acl> acls(JsonNode acls, String province) {
        List<Acl> result = new ArrayList<>();
        for (JsonNode acl : acls) {
            String name = acl.path("name").asText();
            result.add(new Acl(acl.path("type").asText(), province == null ? name : name.replace("{province}", province),
                    acl.path("pattern").asText("literal"),
                    Overlays.stream(acl.path("operations")).map(JsonNode::asText).toList()));
        }
        return result;
    }

    /** The text of base/kafka/users.yaml for the users of the source. */
    static String render(Path source) {
        StringBuilder yaml = new StringBuilder("""
                # GENERATED from deploy/kafka-users.yaml by KafkaUsers (src/test): edit that file, then
                # ./mvnw -o test -pl deploy/kubernetes -Dtest=KafkaUsersTest -Dkafka-users.write=true
                #
                # One KafkaUser per service and one per province's analysts: SCRAM-SHA-512 credentials that
                # the User Operator writes to a Secret of the same name (keys password and sasl.jaas.config),
                # and ACLs (Strimzi's simple authorization) as the source lists them.
                """);
        String separator = "";
        for (User user : users(source)) {
            yaml.append(separator);
            separator = "---\n";
            yaml.append("apiVersion: kafka.strimzi.io/v1\n")
                    .append("kind: KafkaUser\n")
                    .append("metadata:\n")
                    .append("  name: ").append(user.name()).append('\n')
                    .append("  labels:\n")
                    .append("    app: ").append(user.app()).append('\n');
            if (user.province() != null) {
                yaml.append("    province: \"").append(user.province()).append("\"\n");
            }
            yaml.append("    strimzi.io/cluster: ").append(CLUSTER).append('\n')
                    .append("spec:\n")
                    .append("  authentication:\n")
                    .append("    type: scram-sha-512\n")
                    .append("  authorization:\n")
                    .append("    type: simple\n")
                    .append("    acls:\n");
            for (Acl acl : user.acls()) {
                yaml.append("      - resource: {type: ").append(acl.type()).append(", name: ").append(acl.name())
                        .append(", patternType: ").append(acl.pattern()).append("}\n")
                        .append("        operations: [").append(String.join(", ", acl.operations())).append("]\n");
            }
        }
        return yaml.toString();
    }

    /** Writes base/kafka/users.yaml from the source. */
    static void write() {
        try {
            Files.writeString(GENERATED, render(SOURCE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String names(List<User> users) {
        return users.stream().map(User::name).collect(Collectors.joining(", "));
    }
}
