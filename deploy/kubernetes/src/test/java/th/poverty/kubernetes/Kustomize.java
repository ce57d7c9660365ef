package th.poverty.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The part of Kustomize this tree uses, so that CI can render the overlays without kubectl:
 * {@code resources} (files and directories), {@code patches} (JSON 6902, inline or from a file,
 * with a target of kind and name regex), {@code namespace}, {@code labels} (metadata only) and
 * {@code images} (a new name, a tag or a digest), applied in Kustomize's order. Anything else
 * in a kustomization.yaml is refused, so the tree cannot drift outside what this renders
 * faithfully; where kubectl is on the machine, {@link KubectlParityTest} compares the two.
 */
final class Kustomize {

    private static final Set<String> FIELDS =
            Set.of("apiVersion", "kind", "resources", "namespace", "labels", "patches", "images");
    /** The tree's only cluster-scoped kind; every other kind it has a schema for is namespaced. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");

    private Kustomize() {
    }

    static List<ObjectNode> build(Path directory) {
        ObjectNode kustomization = kustomization(directory);
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            objects.addAll(Files.isDirectory(path) ? build(path) : Yaml.documents(path));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            patch(objects, patch, directory);
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            objects.stream()
                    .filter(object -> !CLUSTER_SCOPED.contains(object.path("kind").asText()))
                    .forEach(object -> metadata(object).put("namespace", namespace));
        }
        for (JsonNode labels : kustomization.path("labels")) {
            label(objects, labels);
        }
        for (JsonNode image : kustomization.path("images")) {
            objects.forEach(object -> setImage(object, image));
        }
        requireUniqueIds(objects);
        return objects;
    }

    private static ObjectNode kustomization(Path directory) {
        List<ObjectNode> documents = Yaml.documents(directory.resolve("kustomization.yaml"));
        if (documents.size() != 1) {
            throw new IllegalArgumentException(directory + ": expected one kustomization document");
        }
        ObjectNode kustomization = documents.getFirst();
        requireOnly(kustomization, FIELDS, directory.resolve("kustomization.yaml").toString());
        return kustomization;
    }

    private static void patch(List<ObjectNode> objects, JsonNode patch, Path directory) {
        requireOnly(patch, Set.of("target", "patch", "path"), "patch");
        requireOnly(patch.path("target"), Set.of("kind", "name"), "patch target");
        JsonNode operations = patch.has("path")
                ? Yaml.tree(read(directory.resolve(patch.get("path").asText())))
                : Yaml.tree(patch.path("patch").asText());
        String kind = patch.path("target").path("kind").asText(null);
        // Kustomize anchors the target name as a regular expression.
        Pattern name = Pattern.compile(patch.path("target").path("name").asText(".*"));
        List<ObjectNode> targets = objects.stream()
                .filter(object -> kind == null || kind.equals(object.path("kind").asText()))
                .filter(object -> name.matcher(object.path("metadata").path("name").asText()).matches())
                .toList();
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("a patch matches nothing: " + patch.path("target"));
        }
        targets.forEach(target -> JsonPatch.apply(target, operations));
    }

    private static void label(List<ObjectNode> objects, JsonNode labels) {
        // Without includeSelectors and includeTemplates Kustomize labels metadata only: selectors
        // and pod templates keep the labels the manifests give them.
        requireOnly(labels, Set.of("pairs"), "labels entry");
        for (ObjectNode object : objects) {
            ObjectNode objectLabels = metadata(object).withObjectProperty("labels");
            labels.get("pairs").properties().forEach(pair -> objectLabels.set(pair.getKey(), pair.getValue()));
        }
    }

    private static void setImage(ObjectNode object, JsonNode image) {
        requireOnly(image, Set.of("name", "newName", "newTag", "digest"), "images entry");
        JsonNode pod = object.path("spec").path("template").path("spec");
        for (String field : List.of("initContainers", "containers")) {
            for (JsonNode container : pod.path(field)) {
                String current = container.path("image").asText();
                // the tag is after the last ':' unless that ':' belongs to a registry's port
                int tagAt = current.lastIndexOf(':') > current.lastIndexOf('/') ? current.lastIndexOf(':') : current.length();
                String currentName = current.substring(0, tagAt);
                if (currentName.equals(image.path("name").asText())) {
                    String name = image.path("newName").asText(currentName);
                    // a digest replaces the tag: the image is then name@digest (Kustomize's order)
                    String tag = image.has("digest") ? "@" + image.get("digest").asText()
                            : image.has("newTag") ? ":" + image.get("newTag").asText() : current.substring(tagAt);
                    ((ObjectNode) container).put("image", name + tag);
                }
            }
        }
    }

    private static void requireUniqueIds(List<ObjectNode> objects) {
        Set<String> ids = new HashSet<>();
        for (ObjectNode object : objects) {
            String group = object.path("apiVersion").asText().replaceFirst("/?[^/]*$", "");
            String id = group + "/" + object.path("kind").asText() + "/"
                    + object.path("metadata").path("namespace").asText() + "/" + object.path("metadata").path("name").asText();
            if (!ids.add(id)) {
                throw new IllegalArgumentException("two resources with one id: " + id);
            }
        }
    }

    private static ObjectNode metadata(ObjectNode object) {
        return object.withObjectProperty("metadata");
    }

    private static void requireOnly(JsonNode node, Set<String> fields, String where) {
        node.fieldNames().forEachRemaining(field -> {
            if (!fields.contains(field)) {
                throw new IllegalArgumentException(where + ": field '" + field
                        + "' is outside the subset this renderer implements");
            }
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
