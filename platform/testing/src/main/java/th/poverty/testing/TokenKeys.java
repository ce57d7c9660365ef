package th.poverty.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * The RSA key pair that signs bearer tokens outside production (tests and the local system),
 * where no identity provider runs. Services verify with the public key
 * ({@code quarkus.oidc.public-key}); production points OIDC at the ministry's provider instead.
 */
public final class TokenKeys {

    public static final String ISSUER = "urn:poverty:local";
    public static final String AREA_CLAIM = "area";
    public static final String AGENCY_CLAIM = "agency";
    /** The services a token is for: the identity provider's audience for a user of the console. */
    public static final Set<String> AUDIENCE = Set.of("household-service", "team-service", "plan-service", "reporting-service");

    private final KeyPair pair;

    private TokenKeys(KeyPair pair) {
        this.pair = pair;
    }

    public static TokenKeys generate() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new TokenKeys(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keys kept in {@code dir} so tokens minted later (the token command) verify too. */
    public static TokenKeys loadOrCreate(Path dir) {
        Path privateFile = dir.resolve("token-signing.key");
        Path publicFile = dir.resolve("token-signing.pub");
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                var factory = KeyFactory.getInstance("RSA");
                PrivateKey privateKey = factory.generatePrivate(
                        new PKCS8EncodedKeySpec(Base64.getDecoder().decode(Files.readString(privateFile).trim())));
                PublicKey publicKey = factory.generatePublic(
                        new X509EncodedKeySpec(Base64.getDecoder().decode(Files.readString(publicFile).trim())));
                return new TokenKeys(new KeyPair(publicKey, privateKey));
            }
            var keys = generate();
            Files.createDirectories(dir);
            Files.writeString(privateFile, Base64.getEncoder().encodeToString(keys.pair.getPrivate().getEncoded()));
            Files.writeString(publicFile, keys.publicKey());
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base64 of the X.509 public key, the form {@code quarkus.oidc.public-key} takes. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    /**
     * A signed bearer token.
     *
     * @param subject who acts (recorded as the actor of every event)
     * @param roles   e.g. {@code field-team}, {@code district-officer}
     * @param area    the area code prefix the caller may see and change ("" for the whole country)
     */
    public String mint(String subject, Set<String> roles, String area, Duration lifetime) {
        return mint(subject, roles, area, lifetime, AUDIENCE);
    }

    /** As {@link #mint(String, Set, String, Duration)}, for the services {@code audience} names. */
    public String mint(String subject, Set<String> roles, String area, Duration lifetime, Set<String> audience) {
        return sign(claims(subject, roles, area).audience(audience).expiresIn(lifetime));
    }

    /** The claims {@link #mint} signs, for a test to change before {@link #sign}ing them. */
    public static JwtClaimsBuilder claims(String subject, Set<String> roles, String area) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .claim(AREA_CLAIM, area)
                .expiresIn(Duration.ofHours(8));
    }

    public String sign(JwtClaimsBuilder claims) {
        return claims.sign(pair.getPrivate());
    }

    /** A partner agency's token: its role, its area, and the registry code of the agency it acts for. */
    public String mintForAgency(String subject, String agency, String area, Duration lifetime) {
        return sign(claims(subject, Set.of("partner-agency"), area).claim(AGENCY_CLAIM, agency).expiresIn(lifetime));
    }

    public String mint(String subject, Set<String> roles, String area) {
        return mint(subject, roles, area, Duration.ofHours(8));
    }
}
