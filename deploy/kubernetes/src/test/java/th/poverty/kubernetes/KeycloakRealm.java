package th.poverty.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Generates the Keycloak operator's KeycloakRealmImport (overlays/dev/keycloak-realm.yaml) from the
 * system's one realm, deploy/keycloak/poverty-eradication-realm.json, which the local system and
 * its tests import too. {@link KeycloakRealmTest} fails when the committed file is not what this
 * generates; regenerate it with
 * {@code ./mvnw -o test -pl deploy/kubernetes -Dtest=KeycloakRealmTest -Dkeycloak-realm.write=true}.
 */
final class KeycloakRealm {

    static final Path SOURCE = Path.of("..", "keycloak", "poverty-eradication-realm.json");
    static final Path GENERATED = Path.of("overlays", "dev", "keycloak-realm.yaml");
    /** The Keycloak the operator runs in the namespace, which imports the realm. */
    static final String KEYCLOAK = "keycloak";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES));

    private KeycloakRealm() {
    }

    static JsonNode realm(Path source) {
        try {
            return new ObjectMapper().readTree(KafkaUsers.read(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of overlays/dev/keycloak-realm.yaml for the realm of the source. */
    static String render(Path source) {
        ObjectNode resource = YAML.createObjectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        ObjectNode metadata = resource.putObject("metadata");
        metadata.put("name", "poverty-eradication-realm");
        metadata.putObject("labels").put("app", KEYCLOAK);
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK);
        spec.set("realm", realm(source));
        try {
            return """
                    # GENERATED from deploy/keycloak/poverty-eradication-realm.json by KeycloakRealm (src/test): edit
                    # that file, then ./mvnw -o test -pl deploy/kubernetes -Dtest=KeycloakRealmTest -Dkeycloak-realm.write=true
                    #
                    # The realm the local system imports, imported by the Keycloak operator into the Keycloak named
                    # keycloak in this namespace. Its client secrets and passwords are demo values: see SECURITY.md.
                    """ + YAML.writeValueAsString(resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes overlays/dev/keycloak-realm.yaml from the source. */
    static void write() {
        try {
            Files.writeString(GENERATED, render(SOURCE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
