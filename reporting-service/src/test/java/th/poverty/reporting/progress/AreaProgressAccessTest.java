package th.poverty.reporting.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class AreaProgressAccessTest {

    private static ValidatableResponse get(String path, String token) {
        var request = given();
        if (token != null) {
            request.header("Authorization", token);
        }
        return request.when().get(path).then();
    }

    @Test
    void aCallerNeedsAValidTokenAndARoleThatReadsProgress() {
        get("/api/v1/areas/24/progress", null).statusCode(401).contentType("application/problem+json");
        get("/api/v1/areas/24/progress", "Bearer not.a.token").statusCode(401);
        get("/api/v1/areas/24/progress", Tokens.bearer("bank", "partner-agency", "")).statusCode(403)
                .contentType("application/problem+json");
        get("/api/v1/areas/24/progress/children", null).statusCode(401);
    }

    @ParameterizedTest(name = "{1} with area \"{2}\" reads {3}")
    @CsvSource(textBlock = """
            analyst,          analyst,          '',       TH
            analyst,          analyst,          '',       24
            ministry,         ministry,         '',       TH
            chachoengsao,     province-officer, 24,       241101
            bang-nam-priao,   district-officer, 2411,     24110101
            smile-team,       field-team,       241101,   241101
            """)
    void everyReportingRoleReadsProgressWithinItsArea(String subject, String role, String area, String code) {
        String token = Tokens.bearer(subject, role, area);
        get("/api/v1/areas/" + code + "/progress", token).statusCode(200).body("area.code", equalTo(code));
        get("/api/v1/areas/" + code + "/progress/children", token).statusCode(200).body("area.code", equalTo(code));
    }

    @ParameterizedTest(name = "area \"{0}\" cannot see {1}")
    @CsvSource(textBlock = """
            30,   24
            30,   24110101
            24,   TH
            2401, 24
            2402, 241101
            2402, 24110101
            """)
    void anAreaOutsideTheCallersAreaIsNotFound(String area, String code) {
        String token = Tokens.bearer("officer", "district-officer", area);
        get("/api/v1/areas/" + code + "/progress", token).statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
        get("/api/v1/areas/" + code + "/progress/children", token).statusCode(404);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            24x,      400, /problems/invalid-input
            240,      400, /problems/invalid-input
            th,       400, /problems/invalid-input
            ๒๔,       400, /problems/invalid-input
            240101011, 400, /problems/invalid-input
            99,       404, /problems/not-found
            2499,     404, /problems/not-found
            24010100, 404, /problems/not-found
            """)
    void aMalformedCodeIsABadRequestAndAnUnknownOneIsNotFound(String code, int status, String type) {
        var response = get("/api/v1/areas/" + code + "/progress", ProgressApi.MINISTRY).statusCode(status)
                .contentType("application/problem+json").body("type", equalTo(type)).body("status", equalTo(status));
        if (status == 400) {
            response.body("field", equalTo("code"));
        }
        get("/api/v1/areas/" + code + "/progress/children", ProgressApi.MINISTRY).statusCode(status);
    }
}
