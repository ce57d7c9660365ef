package th.poverty.console.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;

/**
 * Tokens for the local system's demo people, signed with the key pair the local system made
 * (deploy/local/.data/keys), so the services accept them exactly as they accept any other.
 * Production signs in through the ministry's identity provider instead and has no key here.
 */
@ApplicationScoped
public class DemoTokens {

    static final String ISSUER = "urn:poverty:local";
    static final Set<String> AUDIENCE = Set.of("household-service", "team-service", "plan-service", "reporting-service");
    public static final Duration LIFETIME = Duration.ofHours(8);

    private final boolean enabled;
    private final Optional<Path> keyDir;
    private volatile PrivateKey key;

    public DemoTokens(@ConfigProperty(name = "console.demo-sign-in.enabled") boolean enabled,
                      @ConfigProperty(name = "console.demo-sign-in.key-dir") Optional<Path> keyDir) {
        this.enabled = enabled;
        this.keyDir = keyDir;
    }

    public boolean enabled() {
        return enabled && keyDir.isPresent();
    }

    public String mint(DemoPerson person) {
        if (!enabled()) {
            throw new IllegalStateException("demo sign-in is off");
        }
        var claims = Jwt.issuer(ISSUER).audience(AUDIENCE).subject(person.id()).upn(person.id())
                .groups(Set.of(person.role())).claim("area", person.area());
        if (person.agency() != null) {
            claims.claim("agency", person.agency());
        }
        return claims.expiresIn(LIFETIME).sign(key());
    }

    private PrivateKey key() {
        if (key == null) {
            Path file = keyDir.orElseThrow().resolve("token-signing.key");
            try {
                key = KeyFactory.getInstance("RSA").generatePrivate(
                        new PKCS8EncodedKeySpec(Base64.getDecoder().decode(Files.readString(file).trim())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the demo signing key " + file, e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("not an RSA key: " + file, e);
            }
        }
        return key;
    }
}
