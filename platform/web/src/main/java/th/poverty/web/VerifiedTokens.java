package th.poverty.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Remembers the identity of a bearer token the OIDC provider has verified, until the token
 * expires (at most {@code web.verified-tokens.keep-for}), so a client's next requests with the
 * same token skip the signature check: a field worker's app sends one token for many requests,
 * and verifying its RSA signature was a fifth of a service's CPU under load. Only a token equal to
 * a verified one, character for character, is recognised; any other goes to the OIDC provider,
 * and an expired one is forgotten at its expiry, so it is refused as before.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest>, SecurityIdentityAugmentor {

    private final Cache<String, Remembered> identities;
    private final Clock clock;
    private final Duration keepFor;
    private final Counter reused;

    private record Remembered(SecurityIdentity identity, Instant until) {
    }

    public VerifiedTokens(@ConfigProperty(name = "web.verified-tokens.keep-for", defaultValue = "5m") Duration keepFor,
                          @ConfigProperty(name = "web.verified-tokens.max", defaultValue = "10000") int max,
                          Clock clock, MeterRegistry registry) {
        this.clock = clock;
        this.keepFor = keepFor;
        this.reused = registry.counter("web.verified.tokens.reused");
        this.identities = Caffeine.newBuilder().maximumSize(max).expireAfter(new Expiry<String, Remembered>() {
            @Override
            public long expireAfterCreate(String token, Remembered remembered, long now) {
                return Math.max(0, Duration.between(clock.instant(), remembered.until()).toNanos());
            }

            @Override
            public long expireAfterUpdate(String token, Remembered remembered, long now, long left) {
                return expireAfterCreate(token, remembered, now);
            }

            @Override
            public long expireAfterRead(String token, Remembered remembered, long now, long left) {
                return left;
            }
        }).build();
    }

    /** The subject of a token verified before and not yet expired. */
    public Optional<String> subjectOf(String token) {
        return remembered(token).map(known -> ((JsonWebToken) known.identity().getPrincipal()).getSubject());
    }

    /** The identity of a token verified before, while the token is still good. */
    private Optional<Remembered> remembered(String token) {
        return Optional.ofNullable(identities.getIfPresent(token))
                .filter(known -> clock.instant().isBefore(known.until()));
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * First of all: the identity of a token verified before, or nothing, and the OIDC provider
     * verifies it. (Providers that do not say, the OIDC provider among them, have the same
     * default, which would leave the order to chance.)
     */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        Remembered known = remembered(request.getToken().getToken()).orElse(null);
        if (known == null) {
            return Uni.createFrom().nullItem();
        }
        reused.increment();
        // the request's own routing context, as the OIDC provider would have attached it
        var builder = QuarkusSecurityIdentity.builder(known.identity());
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing != null) {
            builder.addAttribute(RoutingContext.class.getName(), routing);
        }
        return Uni.createFrom().item(builder.build());
    }

    /**
     * After a provider answered: remembers an identity the OIDC provider has just verified. One
     * this class answered is remembered already, and nothing is built for it.
     */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        TokenCredential credential = identity.getCredential(TokenCredential.class);
        if (credential != null && identity.getPrincipal() instanceof JsonWebToken token && token.getExpirationTime() > 0) {
            identities.asMap().computeIfAbsent(credential.getToken(), verified -> {
                Instant until = Instant.ofEpochSecond(token.getExpirationTime());
                Instant latest = clock.instant().plus(keepFor);
                return new Remembered(withoutRequest(identity), until.isBefore(latest) ? until : latest);
            });
        }
        return Uni.createFrom().item(identity);
    }

    /** The identity without the attributes of the request that verified it, which must not outlive it. */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        var builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials());
        identity.getAttributes().forEach((name, value) -> {
            if (!(value instanceof RoutingContext)) {
                builder.addAttribute(name, value);
            }
        });
        return builder.build();
    }
}
