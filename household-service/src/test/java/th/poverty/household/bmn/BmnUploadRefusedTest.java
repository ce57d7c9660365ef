package th.poverty.household.bmn;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Tokens;

/** Every malformed upload gets a problem+json 4xx naming the field or row, and writes nothing. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class BmnUploadRefusedTest {

    private static final String OFFICER = Tokens.bearer("somsak", "province-officer", "24");
    /** The test profile's limit (household.bmn.max-upload-size). */
    private static final int LIMIT = 1024 * 1024;

    @Inject
    Pool pool;

    @TestHTTPResource(BmnImportTest.IMPORTS + "?surveyYear=2568")
    URL imports;

    private long before;

    @BeforeEach
    void countWhatIsStored() {
        before = stored();
    }

    private static ValidatableResponse post(String query, String contentType, byte[] body, String token) {
        var request = given().contentType(contentType).body(body);
        if (token != null) {
            request.header("Authorization", token);
        }
        return request.post(BmnImportTest.IMPORTS + query).then();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            misspelt header column    | nationl_id,first_name,last_name,house_number,village_code,members,income_per_person,failed_indicators | header | unknown column(s) in the header: nationl_id
            missing header column     | national_id,first_name,last_name,house_number,village_code,members,failed_indicators                   | header | lacks the column(s) income_per_person
            no header row             | NO_HEADER                                                                                               | header | the first row is not the header
            empty file                | EMPTY                                                                                                   | body   | the file is empty
            header but no rows        | HEADER_ONLY                                                                                             | body   | has a header but no rows
            quote never closed        | UNCLOSED                                                                                                | row 3  | never closed
            not UTF-8                 | WINDOWS_874                                                                                             | row 2  | not UTF-8
            """)
    void aBrokenFileIsRefusedWholeNamingTheRow(String name, String content, String field, String detail) {
        byte[] file = switch (content) {
            case "EMPTY" -> new byte[0];
            case "NO_HEADER" -> bytes(new String(new SurveyFile().candidate("24010101").bytes(), StandardCharsets.UTF_8)
                    .lines().skip(1).findFirst().orElseThrow() + "\n");
            case "HEADER_ONLY" -> bytes(SurveyFile.HEADER + "\n");
            case "UNCLOSED" -> new SurveyFile().candidate("24010101")
                    .line(NationalIds.random() + ",\"สมศรี,ใจดี,24010012345,24010101,4,25000,,,")
                    .line(NationalIds.random() + ",สมชาย,ใจดี,24010012346,24010101,4,25000,,,").bytes();
            case "WINDOWS_874" -> windows874Row();
            default -> bytes(content + "\n" + NationalIds.random() + ",a,b,24010012345,24010101,4,25000,8\n");
        };

        post("?surveyYear=2568", BmnImportTest.CSV, file, OFFICER)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/broken-csv"))
                .body("field", equalTo(field))
                .body("detail", containsString(detail));
        assertThat(stored()).as("rows, jobs and events after: " + name).isEqualTo(before);
    }

    @Test
    void aFileLargerThanAnyJsonBodyIsStillReadByTheImport() {
        // over web.max-body-size (512K in the tests), under the upload's own limit (1M): read, and found broken
        byte[] file = bytes(SurveyFile.HEADER + "\n\"" + "x".repeat(700 * 1024) + "\n");

        post("?surveyYear=2568", BmnImportTest.CSV, file, OFFICER)
                .statusCode(400)
                .body("type", equalTo("/problems/broken-csv"));
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() {
        byte[] file = oversized();

        post("?surveyYear=2568", BmnImportTest.CSV, file, OFFICER)
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/upload-too-large"))
                .body("field", equalTo("body"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aFileOverTheLimitSentWithoutALengthIsRefusedWhenItPassesTheLimit() throws Exception {
        var request = HttpRequest.newBuilder(imports.toURI())
                .header("Authorization", OFFICER)
                .header("Content-Type", BmnImportTest.CSV)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oversized())))
                .build();
        try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("/problems/upload-too-large");
        }
        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no survey year          |                   | text/csv                          | 400 | /problems/invalid-input        | surveyYear
            survey year not a year  | ?surveyYear=68    | text/csv                          | 400 | /problems/invalid-input        | surveyYear
            survey year in C.E.     | ?surveyYear=2025  | text/csv                          | 422 | /problems/unknown-survey-round | surveyYear
            survey year ahead       | ?surveyYear=2999  | text/csv                          | 422 | /problems/survey-year-in-future | surveyYear
            another charset         | ?surveyYear=2568  | text/csv; charset=ISO-8859-1      | 415 | /problems/unsupported-charset  | Content-Type
            not CSV                 | ?surveyYear=2568  | application/json                  | 415 | /problems/unsupported-media-type |
            """)
    void aWrongRequestIsRefused(String name, String query, String contentType, int status, String type, String field) {
        var response = post(query == null ? "" : query, contentType, new SurveyFile().candidate("24010101").bytes(), OFFICER)
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo(type));
        if (field != null) {
            response.body("field", equalTo(field));
        }
        assertThat(stored()).as("after " + name).isEqualTo(before);
    }

    @Test
    void callersNeedATokenAndARoleThatMayImport() {
        byte[] file = new SurveyFile().candidate("24010101").bytes();

        post("?surveyYear=2568", BmnImportTest.CSV, file, null).statusCode(401).contentType("application/problem+json");
        post("?surveyYear=2568", BmnImportTest.CSV, file, Tokens.bearer("somchai", "field-team", "24")).statusCode(403)
                .contentType("application/problem+json");
        given().get(BmnImportTest.IMPORTS + "/" + UUID.randomUUID()).then().statusCode(401);
        given().header("Authorization", OFFICER).get(BmnImportTest.IMPORTS + "/not-a-job").then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        assertThat(stored()).isEqualTo(before);
    }

    /** A row whose name was saved in Windows-874 (Thai Windows' code page), not UTF-8. */
    private static byte[] windows874Row() {
        byte[] start = bytes(SurveyFile.HEADER + "\n" + NationalIds.random() + ",");
        byte[] name = {(byte) 0xCA, (byte) 0xC1, (byte) 0xC8, (byte) 0xC3, (byte) 0xD5};
        byte[] rest = bytes(",ใจดี,24010012345,24010101,4,25000,,,\n");
        byte[] file = Arrays.copyOf(start, start.length + name.length + rest.length);
        System.arraycopy(name, 0, file, start.length, name.length);
        System.arraycopy(rest, 0, file, start.length + name.length, rest.length);
        return file;
    }

    private static byte[] oversized() {
        var file = new SurveyFile();
        while (file.bytes().length <= LIMIT) {
            for (int i = 0; i < 1000; i++) {
                file.candidate("24010101");
            }
        }
        return file.bytes();
    }

    private long stored() {
        return pool.query("""
                        select (select count(*) from bmn_import_rows) + (select count(*) from bmn_imports)
                             + (select count(*) from events)""")
                .execute().await().indefinitely().iterator().next().getLong(0);
    }
}
