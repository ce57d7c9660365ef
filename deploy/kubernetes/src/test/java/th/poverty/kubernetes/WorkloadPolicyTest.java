package th.poverty.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The deployment rules every service's workload follows, in every overlay. */
class WorkloadPolicyTest {

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void everyContainerIsProbedBoundedAndLockedDown(String name) {
        Overlays overlay = Overlays.render(name);

        assertThat(overlay.ofKind("Deployment").filter(WorkloadPolicyTest::isQuarkus)
                .flatMap(deployment -> Overlays.stream(deployment.at("/spec/template/spec/containers"))))
                .hasSize(Service.values().length + 1).allSatisfy(container -> {
                    assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
                    assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
                });
        assertThat(overlay.ofKind("Deployment").flatMap(deployment -> Overlays.stream(deployment.at("/spec/template/spec/containers"))))
                .as("the monitoring workloads are probed too").allSatisfy(container -> {
                    assertThat(container.at("/livenessProbe/httpGet/path").asText()).isNotBlank();
                    assertThat(container.at("/readinessProbe/httpGet/path").asText()).isNotBlank();
                });
        assertThat(overlay.containers()).isNotEmpty().allSatisfy(container -> {
            for (String bound : new String[] {"requests", "limits"}) {
                assertThat(container.at("/resources/" + bound).has("cpu")).as(bound + " cpu").isTrue();
                assertThat(container.at("/resources/" + bound).has("memory")).as(bound + " memory").isTrue();
            }
            assertThat(container.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
            assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
            assertThat(container.at("/securityContext/allowPrivilegeEscalation").isBoolean()).isTrue();
            assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean()).isFalse();
            assertThat(Overlays.stream(container.at("/securityContext/capabilities/drop")).map(JsonNode::asText)).contains("ALL");
            assertThat(Overlays.stream(container.path("volumeMounts")).map(mount -> mount.path("mountPath").asText()))
                    .as("a writable /tmp beside the read-only root").contains("/tmp");
        });
        assertThat(overlay.ofKind("Deployment")).allSatisfy(deployment -> {
            JsonNode pod = deployment.at("/spec/template/spec");
            assertThat(pod.path("automountServiceAccountToken").isBoolean()).isTrue();
            assertThat(pod.path("automountServiceAccountToken").asBoolean()).as("no service account token").isFalse();
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
            assertThat(Overlays.stream(pod.path("volumes")).filter(volume -> volume.path("name").asText().equals("tmp")))
                    .singleElement().satisfies(tmp -> assertThat(tmp.has("emptyDir")).isTrue());
        });
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void everyServiceHasItsObjects(String name) {
        Overlays overlay = Overlays.render(name);

        for (Service service : Service.values()) {
            ObjectNode deployment = overlay.get("Deployment", service.id);
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertThat(envFrom(container, "configMapRef")).containsExactly(service.id + "-config");
            assertThat(envFrom(container, "secretRef")).containsExactly(service.id + "-config-creds");
            assertThat(overlay.get("ConfigMap", service.id + "-config").at("/data/QUARKUS_HTTP_PORT").asText()).isEqualTo("8080");
            assertThat(overlay.get("Service", service.id).at("/spec/selector/app").asText()).isEqualTo(service.id);
            assertThat(overlay.get("PodDisruptionBudget", service.id).at("/spec/selector/matchLabels/app").asText()).isEqualTo(service.id);
            assertThat(overlay.get("NetworkPolicy", service.id).at("/spec/podSelector/matchLabels/app").asText()).isEqualTo(service.id);
            ObjectNode monitor = overlay.get("ServiceMonitor", service.id);
            assertThat(monitor.at("/spec/selector/matchLabels/app").asText()).isEqualTo(service.id);
            assertThat(monitor.at("/spec/endpoints/0/path").asText()).isEqualTo("/q/metrics");
            assertThat(overlay.get("HorizontalPodAutoscaler", service.id).at("/spec/scaleTargetRef/name").asText()).isEqualTo(service.id);
        }
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void noConsumerScalesPastThePartitionsItReads(String name) {
        Overlays overlay = Overlays.render(name);

        for (Service service : Service.values()) {
            ObjectNode autoscaler = overlay.get("HorizontalPodAutoscaler", service.id);
            int ceiling = service.consumes.stream()
                    .mapToInt(topic -> overlay.get("KafkaTopic", topic).at("/spec/partitions").asInt())
                    .min().orElse(Integer.MAX_VALUE);
            assertThat(autoscaler.at("/spec/maxReplicas").asInt()).as(service.id).isLessThanOrEqualTo(ceiling);
            assertThat(autoscaler.at("/spec/minReplicas").asInt()).isLessThanOrEqualTo(autoscaler.at("/spec/maxReplicas").asInt());
        }
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void aServiceTalksOnlyToItsDatabaseKafkaDnsAndTheIdentityProvider(String name) {
        Overlays overlay = Overlays.render(name);

        for (Service service : Service.values()) {
            JsonNode policy = overlay.get("NetworkPolicy", service.id).path("spec");
            assertThat(Overlays.stream(policy.path("policyTypes")).map(JsonNode::asText)).containsExactlyInAnyOrder("Ingress", "Egress");
            Set<String> destinations = Overlays.stream(policy.path("egress"))
                    .map(rule -> Overlays.stream(rule.path("to")).map(peer -> peer.path("podSelector").path("matchLabels").toString())
                            .collect(Collectors.joining()) + " " + ports(rule))
                    .collect(Collectors.toSet());
            assertThat(destinations).containsExactlyInAnyOrder(
                    "{\"k8s-app\":\"kube-dns\"} [53, 53]",
                    "{\"cnpg.io/cluster\":\"" + service.cluster() + "\"} [5432]",
                    "{\"strimzi.io/cluster\":\"poverty-kafka\",\"strimzi.io/broker-role\":\"true\"} [9093]",
                    "{\"app\":\"otel-collector\"} [4317]",
                    " [443]");
            assertThat(overlay.get("ConfigMap", service.id + "-config").at("/data/QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT").asText())
                    .isEqualTo("http://otel-collector:4317");
            assertThat(Overlays.stream(policy.path("ingress")).map(WorkloadPolicyTest::ports)).containsExactly("[8080]");
        }
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void theConsoleIsReachedThroughTheIngressAndReachesOnlyTheFourServicesDnsTheCollectorAndTheIdentityProvider(String name) {
        Overlays overlay = Overlays.render(name);

        assertThat(EdgeTest.route(overlay, "/")).contains("console");
        JsonNode policy = overlay.get("NetworkPolicy", "console").path("spec");
        assertThat(Overlays.stream(policy.path("egress")).map(WorkloadPolicyTest::ports))
                .containsExactlyInAnyOrder("[53, 53]", "[8080]", "[4317]", "[443]");
        assertThat(overlay.get("ConfigMap", "console-config").at("/data/QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT").asText())
                .as("a page's spans go to the collector").isEqualTo("http://otel-collector:4317");
        assertThat(Overlays.stream(policy.at("/egress/1/to/0/podSelector/matchExpressions/0/values")).map(JsonNode::asText))
                .containsExactlyInAnyOrder(Arrays.stream(Service.values()).map(service -> service.id).toArray(String[]::new));
        assertThat(overlay.get("ConfigMap", "console-config").at("/data/CONSOLE_DEMO_SIGN_IN_ENABLED").asText())
                .as("no demo sign-in outside the local system").isEqualTo("false");
        for (Service service : Service.values()) {
            assertThat(overlay.get("NetworkPolicy", service.id).at("/spec/ingress/0/from").toString())
                    .as(service.id + " admits the console").contains("{\"app\":\"console\"}");
        }
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void everyObjectIsLabelledWithItsAppAndTheSystem(String name) {
        assertThat(Overlays.render(name).objects()).allSatisfy(object -> {
            JsonNode labels = object.at("/metadata/labels");
            assertThat(labels.path("app").asText()).as(object.path("kind") + " " + object.at("/metadata/name")).isNotBlank();
            assertThat(labels.path("app.kubernetes.io/part-of").asText()).isEqualTo("poverty-eradication");
        });
    }

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void tracesGoThroughTheCollectorToAStoreOnItsOwnVolume(String name) {
        Overlays overlay = Overlays.render(name);

        JsonNode collector = Yaml.tree(overlay.get("ConfigMap", "otel-collector").at("/data/collector.yaml").asText());
        assertThat(collector.at("/receivers/otlp/protocols/grpc/endpoint").asText()).endsWith(":4317");
        assertThat(collector.at("/service/pipelines/traces/exporters/0").asText()).isEqualTo("otlp/tempo");
        assertThat(collector.at("/exporters/otlp~1tempo/endpoint").asText()).isEqualTo("tempo:4317");
        assertThat(Overlays.stream(overlay.get("Service", "tempo").at("/spec/ports")).map(port -> port.path("port").asInt())).contains(4317);
        ObjectNode tempo = overlay.get("Deployment", "tempo");
        assertThat(tempo.at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(tempo.at("/spec/strategy/type").asText()).as("one writer of a ReadWriteOnce volume").isEqualTo("Recreate");
        String claim = Overlays.stream(tempo.at("/spec/template/spec/volumes"))
                .filter(volume -> volume.has("persistentVolumeClaim")).findFirst().orElseThrow()
                .at("/persistentVolumeClaim/claimName").asText();
        assertThat(overlay.get("PersistentVolumeClaim", claim).at("/spec/resources/requests/storage").asText()).isNotBlank();
        String tempoConfig = overlay.get("ConfigMap", "tempo").at("/data/tempo.yaml").asText();
        assertThat(Yaml.tree(tempoConfig).at("/storage/trace/local/path").asText()).startsWith("/var/tempo");
    }

    private static boolean isQuarkus(JsonNode deployment) {
        String name = deployment.at("/metadata/name").asText();
        return name.equals("console") || Arrays.stream(Service.values()).anyMatch(service -> service.id.equals(name));
    }

    private static List<String> envFrom(JsonNode container, String reference) {
        return Overlays.stream(container.path("envFrom")).filter(source -> source.has(reference))
                .map(source -> source.path(reference).path("name").asText()).toList();
    }

    private static String ports(JsonNode rule) {
        return Overlays.stream(rule.path("ports")).map(port -> port.path("port").asText()).toList().toString();
    }
}
