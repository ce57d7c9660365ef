package th.poverty.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The renderer's semantics where they matter to this tree, and its refusals outside them. */
class KustomizeTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: example/web:1
            """;

    @TempDir
    Path directory;

    @Test
    void appliesPatchesThenNamespaceLabelsAndImages() throws IOException {
        write("kustomization.yaml", """
                resources: [web.yaml]
                namespace: test
                labels:
                  - pairs: {app.kubernetes.io/part-of: demo}
                images:
                  - {name: example/web, newName: registry.local:5000/example/web, newTag: "2"}
                patches:
                  - target: {kind: Deployment, name: w.b}
                    patch: |-
                      - {op: add, path: /spec/replicas, value: 3}
                      - {op: replace, path: /spec/template/spec/containers/0/name, value: www}
                """);
        write("web.yaml", DEPLOYMENT);

        ObjectNode web = Kustomize.build(directory).getFirst();

        assertThat(web.at("/metadata/namespace").asText()).isEqualTo("test");
        assertThat(web.at("/metadata/labels/app.kubernetes.io~1part-of").asText()).isEqualTo("demo");
        assertThat(web.at("/spec/template/metadata").isMissingNode()).as("labels stay off pod templates").isTrue();
        assertThat(web.at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(web.at("/spec/template/spec/containers/0/name").asText()).isEqualTo("www");
        assertThat(web.at("/spec/template/spec/containers/0/image").asText()).isEqualTo("registry.local:5000/example/web:2");
    }

    @Test
    void refusesWhatItDoesNotImplement() throws IOException {
        write("web.yaml", DEPLOYMENT);
        for (String kustomization : List.of(
                "resources: [web.yaml]\ncommonLabels: {app: web}",
                "resources: [web.yaml]\npatches: [{path: web.yaml}]",
                "resources: [web.yaml]\npatches: [{target: {kind: Deployment, labelSelector: a=b}, patch: '[]'}]",
                "resources: [web.yaml]\nlabels: [{pairs: {a: b}, includeSelectors: true}]")) {
            write("kustomization.yaml", kustomization);

            assertThatThrownBy(() -> Kustomize.build(directory)).as(kustomization).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aPatchMustFindItsTargetAndItsPath() throws IOException {
        write("web.yaml", DEPLOYMENT);
        for (String patch : List.of(
                "{target: {kind: Service}, patch: '[{op: remove, path: /spec}]'}",
                "{target: {kind: Deployment}, patch: '[{op: replace, path: /spec/replicas, value: 2}]'}",
                "{target: {kind: Deployment}, patch: '[{op: add, path: /spec/strategy/type, value: Recreate}]'}")) {
            write("kustomization.yaml", "resources: [web.yaml]\npatches: [" + patch + "]");

            assertThatThrownBy(() -> Kustomize.build(directory)).as(patch).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private void write(String file, String content) throws IOException {
        Files.writeString(directory.resolve(file), content);
    }
}
