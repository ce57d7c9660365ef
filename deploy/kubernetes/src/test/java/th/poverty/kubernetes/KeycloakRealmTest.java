package th.poverty.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The dev overlay imports the very realm the local system runs: generated from it, it cannot drift. */
class KeycloakRealmTest {

    @Test
    void theCommittedRealmImportIsTheGeneratedOne() {
        if (Boolean.getBoolean("keycloak-realm.write")) {
            KeycloakRealm.write();
        }

        assertThat(KafkaUsers.read(KeycloakRealm.GENERATED))
                .as("overlays/dev/keycloak-realm.yaml is generated from deploy/keycloak/poverty-eradication-realm.json: "
                        + "run this test with -Dkeycloak-realm.write=true")
                .isEqualTo(KeycloakRealm.render(KeycloakRealm.SOURCE));
    }

    @Test
    void theImportCarriesTheRealmItselfAsKeycloakReadsIt() {
        JsonNode imported = Yaml.documents(KeycloakRealm.GENERATED).getFirst().path("spec").path("realm");

        assertThat(imported).isEqualTo(KeycloakRealm.realm(KeycloakRealm.SOURCE));
    }
}
