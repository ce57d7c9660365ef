package th.poverty.web;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Refuses to start the production profile with a token key given in configuration: the local
 * system and the tests verify tokens with a key pair they make themselves
 * ({@code quarkus.oidc.public-key}), which anyone with the repository can sign with; production
 * trusts only the keys its identity provider publishes ({@code OIDC_AUTH_SERVER_URL}).
 */
@ApplicationScoped
public class ProductionKeys {

    static final String PUBLIC_KEY = "quarkus.oidc.public-key";

    void check(@Observes StartupEvent started, @ConfigProperty(name = PUBLIC_KEY) Optional<String> publicKey) {
        if (ConfigUtils.isProfileActive("prod") && publicKey.isPresent()) {
            throw new IllegalStateException("The production profile verifies tokens with the identity provider's"
                    + " published keys only; remove " + PUBLIC_KEY + ", which is for the local system and tests");
        }
    }
}
