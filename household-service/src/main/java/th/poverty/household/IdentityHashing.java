package th.poverty.household;

import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import th.poverty.area.IdentityHasher;

/** The keyed hasher for national IDs and house numbers, its key from configuration (a secret in production). */
@ApplicationScoped
public class IdentityHashing {

    static final String KEY = "household.identity-hash-key";

    @Produces
    @ApplicationScoped
    IdentityHasher hasher(@ConfigProperty(name = KEY) String base64Key) {
        return new IdentityHasher(Base64.getDecoder().decode(base64Key));
    }

    /**
     * Refuses to start the production profile with the local system's or the tests' key: both are
     * in the repository, and with either anyone could hash every national ID and read who is
     * identified.
     */
    void check(@Observes StartupEvent started, @ConfigProperty(name = KEY) String base64Key) {
        if (!ConfigUtils.isProfileActive("prod")) {
            return;
        }
        for (String profile : List.of("local", "test")) {
            if (ConfigProvider.getConfig().getOptionalValue("%" + profile + "." + KEY, String.class)
                    .filter(base64Key::equals).isPresent()) {
                throw new IllegalStateException("The production profile refuses the " + profile + " profile's " + KEY
                        + ", which is in the repository; give it the key from its secret (IDENTITY_HASH_KEY)");
            }
        }
    }
}
