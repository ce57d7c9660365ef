package th.poverty.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import th.poverty.testing.Infrastructure;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

@QuarkusTest
@TestProfile(AdmissionTest.Narrow.class)
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class AdmissionTest {

    /** Two requests at once, so a test can fill the instance. */
    public static class Narrow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("web.admission.max-in-flight", "2");
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URI base;

    @Inject
    MeterRegistry registry;

    @Test
    void beyondItsCapacityAnInstanceRefusesAtOnceAndStillAnswersThoseItAdmitted() throws Exception {
        // as the database's owner: the service's own role may not lock the history against writers
        try (var locker = Infrastructure.shared().postgres().connect("household")) {
            // every household read folds the events table: locked, the two admitted reads wait
            locker.setAutoCommit(false);
            try (var lock = locker.createStatement()) {
                lock.execute("lock table events in access exclusive mode");
            }
            List<CompletableFuture<HttpResponse<String>>> admitted = List.of(read(), read());
            await().atMost(Duration.ofSeconds(10)).until(() -> registry.get("web.admission.in.flight").gauge().value() == 2);

            long began = System.nanoTime();
            HttpResponse<String> refused = read().get();
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(1));
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).contains("1");
            assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(refused.body()).contains("/problems/overloaded");
            assertThat(send(HttpRequest.newBuilder(base.resolve("/q/health/live"))).get().statusCode())
                    .as("probes are never refused").isEqualTo(200);

            locker.rollback();
            for (var answer : admitted) {
                assertThat(answer.get().statusCode()).isEqualTo(404);
            }
        }
        assertThat(read().get().statusCode()).as("answered requests leave room").isEqualTo(404);
        assertThat(registry.get("web.admission.refused").counter().count()).isEqualTo(1);
    }

    private CompletableFuture<HttpResponse<String>> read() {
        return send(HttpRequest.newBuilder(base.resolve("/api/v1/households/" + UUID.randomUUID()))
                .header("Authorization", Tokens.bearer("reader", "field-team", "24")));
    }

    private CompletableFuture<HttpResponse<String>> send(HttpRequest.Builder request) {
        return http.sendAsync(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
