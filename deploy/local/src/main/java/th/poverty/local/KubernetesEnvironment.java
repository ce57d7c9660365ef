package th.poverty.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A container's environment as deploy/kubernetes declares it: the ConfigMaps and Secrets of its
 * {@code envFrom}, then its own {@code env} over them, as Kubernetes composes it. Secrets are this
 * machine's ({@link Secrets}). The parity system starts the services with it, so what runs is the
 * production settings themselves, not a copy that could drift from them.
 */
final class KubernetesEnvironment {

    /** This machine's Secrets by name, each its keys and values; none missing. */
    @FunctionalInterface
    interface Secrets {
        Map<String, String> named(String name);
    }

    private KubernetesEnvironment() {
    }

    /**
     * The environment of {@code container} (an init container or a container) of the Deployment
     * {@code deployment}, declared with its ConfigMaps in {@code manifest}.
     */
    static Map<String, String> of(Path manifest, String deployment, String container, Secrets secrets) {
        JsonNode pod = Manifests.named(manifest, "Deployment", deployment).at("/spec/template/spec");
        JsonNode declared = Stream.concat(elements(pod.path("initContainers")), elements(pod.path("containers")))
                .filter(candidate -> container.equals(candidate.path("name").asText())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no container " + container + " in " + deployment));
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode source : declared.path("envFrom")) {
            if (source.has("configMapRef")) {
                String name = source.at("/configMapRef/name").asText();
                Manifests.named(manifest, "ConfigMap", name).path("data").properties()
                        .forEach(entry -> environment.put(entry.getKey(), entry.getValue().asText()));
            } else if (source.has("secretRef")) {
                environment.putAll(secrets.named(source.at("/secretRef/name").asText()));
            }
        }
        for (JsonNode variable : declared.path("env")) {
            String name = variable.path("name").asText();
            if (variable.has("value")) {
                environment.put(name, variable.path("value").asText());
            } else if (variable.at("/valueFrom/secretKeyRef").isObject()) {
                JsonNode reference = variable.at("/valueFrom/secretKeyRef");
                String secret = reference.path("name").asText();
                String key = reference.path("key").asText();
                String value = secrets.named(secret).get(key);
                if (value == null) {
                    throw new IllegalArgumentException("Secret " + secret + " has no key " + key + " (" + name + ")");
                }
                environment.put(name, value);
            } else {
                throw new IllegalArgumentException(name + " of " + container + " comes from something other than a value or a Secret");
            }
        }
        return environment;
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        return array.isArray() ? Stream.iterate(0, i -> i < array.size(), i -> i + 1).map(array::get) : Stream.empty();
    }
}
