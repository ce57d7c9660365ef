package th.poverty.household;

import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import th.poverty.area.IdentityHasher;

/** The keyed hasher for national IDs and house numbers, its key from configuration (a secret in production). */
@ApplicationScoped
public class IdentityHashing {

    @Produces
    @ApplicationScoped
    IdentityHasher hasher(@ConfigProperty(name = "household.identity-hash-key") String base64Key) {
        return new IdentityHasher(Base64.getDecoder().decode(base64Key));
    }
}
