package th.poverty.household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Tokens;

/** Refused callers are logged and counted, with who they are and none of the data they sent. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class SecurityEventsTest {

    private static final Logger SECURITY = Logger.getLogger("th.poverty.security");

    @Inject
    MeterRegistry registry;

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        SECURITY.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        SECURITY.removeHandler(capture);
    }

    @Test
    void aCallerWithoutAnAcceptedTokenIsLoggedAsUnauthenticated() {
        double before = refusals("unauthenticated");
        given().header("Authorization", Tokens.forged("mallory", "ministry", "")).get("/api/v1/households/" + UUID.randomUUID())
                .then().statusCode(401);

        assertThat(refusals("unauthenticated")).isEqualTo(before + 1);
        assertThat(lastLine()).contains("refused=unauthenticated", "status=401", "method=GET", "subject=-", "role=-");
    }

    @Test
    void aRoleTheEndpointDoesNotAllowIsLoggedWithTheCallerAndNotWhatItSent() {
        String nationalId = NationalIds.random();
        double before = refusals("forbidden");
        given().header("Authorization", Tokens.bearer("analyst-7", "analyst", "24")).contentType(ContentType.JSON)
                .body(NominationTest.nomination(nationalId, "24010101"))
                .post("/api/v1/households/forum-nominations?head=" + nationalId).then().statusCode(403);

        assertThat(refusals("forbidden")).isEqualTo(before + 1);
        assertThat(lastLine()).contains("refused=forbidden", "status=403", "method=POST",
                "path=/api/v1/households/forum-nominations ", "subject=analyst-7", "role=analyst", "area=\"24\"")
                .doesNotContain(nationalId).doesNotContain("สมศรี");
    }

    @Test
    void whatExistsOutsideTheCallersAreaIsAnsweredAsMissingAndLoggedAsHidden() {
        String id = given().header("Authorization", Tokens.bearer("somchai", "field-team", "24")).contentType(ContentType.JSON)
                .body(NominationTest.nomination(NationalIds.random(), "24010101"))
                .post("/api/v1/households/forum-nominations").then().statusCode(201).extract().path("householdId");
        double before = refusals("hidden");

        given().header("Authorization", Tokens.bearer("outsider", "field-team", "10")).header("X-Purpose", "home visit planning")
                .get("/api/v1/households/" + id).then().statusCode(404);
        assertThat(refusals("hidden")).isEqualTo(before + 1);
        assertThat(lastLine()).contains("refused=hidden", "status=404", "path=/api/v1/households/" + id,
                "subject=outsider", "role=field-team", "area=\"10\"");

        // what does not exist at all is no security event
        logged.clear();
        given().header("Authorization", Tokens.bearer("outsider", "field-team", "10")).header("X-Purpose", "home visit planning")
                .get("/api/v1/households/" + UUID.randomUUID()).then().statusCode(404);
        assertThat(refusals("hidden")).isEqualTo(before + 1);
        assertThat(logged).isEmpty();
    }

    private double refusals(String refusal) {
        return registry.counter("web.security.refusals", "refusal", refusal).count();
    }

    private String lastLine() {
        assertThat(logged).isNotEmpty();
        return logged.getLast();
    }
}
