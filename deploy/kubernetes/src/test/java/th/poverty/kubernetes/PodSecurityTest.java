package th.poverty.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The namespace enforces Pod Security Admission's restricted profile, every workload of the tree
 * passes it, nothing talks unless a NetworkPolicy says so, and production runs images by digest.
 */
class PodSecurityTest {

    /** The volume types the restricted profile allows. */
    private static final Set<String> VOLUMES = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
            "persistentVolumeClaim", "projected", "secret");
    private static final Pattern DIGEST = Pattern.compile(".+@sha256:[0-9a-f]{64}");

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void theNamespaceEnforcesTheRestrictedProfile(String name) {
        assertThat(Overlays.render(name).ofKind("Namespace")).singleElement().satisfies(namespace -> {
            JsonNode labels = namespace.at("/metadata/labels");
            assertThat(labels.path("pod-security.kubernetes.io/enforce").asText()).isEqualTo("restricted");
            assertThat(labels.path("pod-security.kubernetes.io/warn").asText()).isEqualTo("restricted");
        });
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void everyWorkloadPassesTheRestrictedProfile(String name) {
        assertThat(Overlays.render(name).ofKind("Deployment")).isNotEmpty()
                .allSatisfy(deployment -> assertThat(restrictedViolations(deployment))
                        .as(deployment.at("/metadata/name").asText()).isEmpty());
    }

    static Stream<Arguments> breaches() {
        return Stream.of(
                breach("a container may gain privileges", pod -> container(pod).withObjectProperty("securityContext").put("allowPrivilegeEscalation", true)),
                breach("a capability added", pod -> container(pod).withObjectProperty("securityContext").withObjectProperty("capabilities").putArray("add").add("NET_ADMIN")),
                breach("capabilities kept", pod -> container(pod).withObjectProperty("securityContext").withObjectProperty("capabilities").putArray("drop").add("NET_RAW")),
                breach("no seccomp profile", pod -> ((ObjectNode) pod.get("securityContext")).remove("seccompProfile")),
                breach("an unconfined seccomp profile", pod -> pod.withObjectProperty("securityContext").withObjectProperty("seccompProfile").put("type", "Unconfined")),
                breach("root allowed", pod -> {
                    ((ObjectNode) pod.get("securityContext")).remove("runAsNonRoot");
                    ((ObjectNode) container(pod).get("securityContext")).remove("runAsNonRoot");
                }),
                breach("user 0", pod -> container(pod).withObjectProperty("securityContext").put("runAsUser", 0)),
                breach("a privileged init container", pod -> ((ObjectNode) pod.at("/initContainers/0/securityContext")).put("privileged", true)),
                breach("the host's network", pod -> pod.put("hostNetwork", true)),
                breach("a host path", pod -> ((ArrayNode) pod.get("volumes")).addObject().put("name", "host").putObject("hostPath").put("path", "/")),
                breach("a host port", pod -> ((ObjectNode) container(pod).at("/ports/0")).put("hostPort", 8080)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaches")
    void theCheckRefuses(String breach, Consumer<ObjectNode> change) {
        ObjectNode deployment = Overlays.production().get("Deployment", "household-service").deepCopy();
        assertThat(restrictedViolations(deployment)).isEmpty();

        change.accept((ObjectNode) deployment.at("/spec/template/spec"));

        assertThat(restrictedViolations(deployment)).as(breach).isNotEmpty();
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void nothingTalksUnlessAPolicySaysSo(String name) {
        Overlays overlay = Overlays.render(name);

        assertThat(overlay.ofKind("NetworkPolicy").filter(policy -> policy.at("/spec/podSelector").isEmpty()))
                .as("a default deny selecting every pod, allowing nothing").singleElement().satisfies(deny -> {
                    assertThat(Overlays.stream(deny.at("/spec/policyTypes")).map(JsonNode::asText)).containsExactlyInAnyOrder("Ingress", "Egress");
                    assertThat(deny.at("/spec/ingress").isMissingNode() && deny.at("/spec/egress").isMissingNode()).isTrue();
                });
        assertThat(overlay.ofKind("Deployment")).allSatisfy(deployment -> {
            JsonNode labels = deployment.at("/spec/template/metadata/labels");
            assertThat(overlay.ofKind("NetworkPolicy").filter(policy -> !policy.at("/spec/podSelector").isEmpty())
                    .filter(policy -> selects(policy.at("/spec/podSelector"), labels)))
                    .as(deployment.at("/metadata/name").asText() + " has its allow-list").singleElement()
                    .satisfies(policy -> assertThat(Overlays.stream(policy.at("/spec/policyTypes")).map(JsonNode::asText))
                            .containsExactlyInAnyOrder("Ingress", "Egress"));
        });
        for (String operated : List.of("{\"strimzi.io/cluster\":\"poverty-kafka\"}", "{\"cnpg.io/cluster\":\"plan-db\"}")) {
            JsonNode labels = Yaml.tree(operated);
            assertThat(overlay.ofKind("NetworkPolicy").filter(policy -> !policy.at("/spec/podSelector").isEmpty())
                    .filter(policy -> selects(policy.at("/spec/podSelector"), labels))
                    .filter(policy -> Overlays.stream(policy.at("/spec/policyTypes")).anyMatch(type -> type.asText().equals("Egress"))))
                    .as("the operators' pods " + operated + " may reach DNS and each other").isNotEmpty()
                    .allSatisfy(policy -> assertThat(policy.at("/spec/egress").toString()).contains("kube-dns"));
        }
    }

    @Test
    void productionRunsImagesByDigestOnly() {
        assertThat(Overlays.production().containers().map(container -> container.path("image").asText()))
                .isNotEmpty().allSatisfy(image -> assertThat(image).as("pinned by digest, not a tag").matches(DIGEST));
    }

    /** What Pod Security Admission's restricted profile (latest) would refuse in a Deployment's pod. */
    static List<String> restrictedViolations(JsonNode deployment) {
        JsonNode pod = deployment.at("/spec/template/spec");
        List<String> violations = new ArrayList<>();
        for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
            if (pod.path(host).asBoolean()) {
                violations.add(host);
            }
        }
        for (JsonNode volume : pod.path("volumes")) {
            volume.fieldNames().forEachRemaining(field -> {
                if (!field.equals("name") && !VOLUMES.contains(field)) {
                    violations.add("volume " + volume.path("name").asText() + ": " + field);
                }
            });
        }
        JsonNode podContext = pod.path("securityContext");
        if (podContext.path("runAsUser").isInt() && podContext.path("runAsUser").asInt() == 0) {
            violations.add("pod runAsUser 0");
        }
        List<JsonNode> containers = Stream.of("initContainers", "containers", "ephemeralContainers")
                .flatMap(field -> Overlays.stream(pod.path(field))).toList();
        for (JsonNode container : containers) {
            String name = container.path("name").asText();
            JsonNode context = container.path("securityContext");
            if (context.path("privileged").asBoolean()) {
                violations.add(name + ": privileged");
            }
            if (!context.path("allowPrivilegeEscalation").isBoolean() || context.path("allowPrivilegeEscalation").asBoolean()) {
                violations.add(name + ": allowPrivilegeEscalation must be false");
            }
            if (Overlays.stream(context.at("/capabilities/drop")).noneMatch(capability -> capability.asText().equals("ALL"))) {
                violations.add(name + ": capabilities must drop ALL");
            }
            Overlays.stream(context.at("/capabilities/add")).filter(capability -> !capability.asText().equals("NET_BIND_SERVICE"))
                    .forEach(capability -> violations.add(name + ": adds " + capability.asText()));
            boolean nonRoot = context.has("runAsNonRoot") ? context.path("runAsNonRoot").asBoolean() : podContext.path("runAsNonRoot").asBoolean();
            if (!nonRoot) {
                violations.add(name + ": runAsNonRoot must be true");
            }
            if (context.path("runAsUser").isInt() && context.path("runAsUser").asInt() == 0) {
                violations.add(name + ": runAsUser 0");
            }
            String seccomp = context.at("/seccompProfile/type").asText(podContext.at("/seccompProfile/type").asText(""));
            if (!Set.of("RuntimeDefault", "Localhost").contains(seccomp)) {
                violations.add(name + ": seccompProfile must be RuntimeDefault or Localhost, is '" + seccomp + "'");
            }
            Overlays.stream(container.path("ports")).filter(port -> port.path("hostPort").asInt() != 0)
                    .forEach(port -> violations.add(name + ": hostPort " + port.path("hostPort").asInt()));
        }
        return violations;
    }

    /** Whether a label selector (matchLabels, matchExpressions In and Exists) selects the labels. */
    static boolean selects(JsonNode selector, JsonNode labels) {
        boolean byLabels = selector.path("matchLabels").properties().stream()
                .allMatch(entry -> labels.path(entry.getKey()).asText().equals(entry.getValue().asText()) && labels.has(entry.getKey()));
        boolean byExpressions = Overlays.stream(selector.path("matchExpressions")).allMatch(expression -> {
            String key = expression.path("key").asText();
            return switch (expression.path("operator").asText()) {
                case "Exists" -> labels.has(key);
                case "In" -> labels.has(key) && Overlays.stream(expression.path("values")).anyMatch(value -> value.asText().equals(labels.path(key).asText()));
                default -> throw new IllegalArgumentException("operator " + expression.path("operator"));
            };
        });
        return byLabels && byExpressions;
    }

    private static ObjectNode container(ObjectNode pod) {
        return (ObjectNode) pod.at("/containers/0");
    }

    private static Arguments breach(String breach, Consumer<ObjectNode> change) {
        return Arguments.of(breach, change);
    }
}
