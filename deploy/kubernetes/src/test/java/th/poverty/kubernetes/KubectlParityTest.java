package th.poverty.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where kubectl (with Kustomize 5) is on the machine, its rendering of each overlay must be the
 * one the tests check: the proof that {@link Kustomize} renders this tree faithfully. Skipped on
 * a machine without kubectl.
 */
class KubectlParityTest {

    @ParameterizedTest
    @FieldSource("th.poverty.kubernetes.Overlays#NAMES")
    void kubectlRendersTheSameObjects(String overlay) throws Exception {
        assumeTrue(kustomizeVersion().startsWith("v5"), "kubectl with Kustomize 5 is not on the PATH");

        String rendered = run("kubectl", "kustomize", Overlays.directory(overlay).toString());

        assertThat(byId(Yaml.documents(rendered)))
                .isEqualTo(byId(Overlays.render(overlay).objects()));
    }

    private static Map<String, ObjectNode> byId(List<ObjectNode> objects) {
        return objects.stream().collect(Collectors.toMap(
                object -> object.path("apiVersion").asText() + " " + object.path("kind").asText() + " "
                        + object.path("metadata").path("namespace").asText() + "/" + object.path("metadata").path("name").asText(),
                Function.identity()));
    }

    private static String kustomizeVersion() {
        try {
            return Yaml.tree(run("kubectl", "version", "--client", "-o", "yaml")).path("kustomizeVersion").asText("");
        } catch (IOException | InterruptedException | IllegalStateException e) {
            return "";
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
        return output;
    }
}
