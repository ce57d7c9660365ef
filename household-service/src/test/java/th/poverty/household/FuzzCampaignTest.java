package th.poverty.household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;
import th.poverty.testing.fuzz.EventLog;
import th.poverty.testing.fuzz.FuzzCampaign;
import th.poverty.testing.fuzz.FuzzReport;
import th.poverty.web.Roles;

/**
 * Malformed requests to every operation and malformed BMN survey rows, inside province 24: refused
 * as problems or rejected row by row, none 5xx, nothing identified or written.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class FuzzCampaignTest {

    private static final long SEED = 4_2024L;
    private static final String IMPORTS = "/api/v1/bmn-imports";
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final int ROWS_PER_FILE = 1_500;
    private static final int BROKEN_FILES = 120;

    @Test
    void malformedRequestsAreRefusedAsProblemsAndWriteNothing() {
        EventLog before = EventLog.whenQuiet("household");
        FuzzReport report = FuzzCampaign.inside("24", SEED)
                .hint("villageCode", "24010101")
                .hint("area", "24")
                .hint("surveyYear", "2568")
                .cases(3_000)
                .run();
        System.out.println(report.summary("household-service"));
        report.assertNothingWrong();
        before.assertUnchanged();
    }

    @Test
    void malformedSurveyRowsAreEachRejectedWithTheirRowAndReasonAndIdentifyNothing() {
        EventLog before = EventLog.whenQuiet("household");
        String token = Tokens.bearer("fuzz-bmn", Roles.DISTRICT_OFFICER, "24");
        for (int file = 0; file < 2; file++) {
            var rows = new MalformedSurveyRows(SEED + file, ROWS_PER_FILE);
            Response upload = given().header("Authorization", token).contentType(CSV).body(rows.bytes())
                    .post(IMPORTS + "?surveyYear=2568");
            assertThat(upload.statusCode()).as(upload.asString()).isIn(200, 202);
            String job = IMPORTS + "/" + upload.jsonPath().getString("jobId");
            JsonPath done = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                    .until(() -> given().header("Authorization", token).get(job).then().statusCode(200).extract().jsonPath(),
                            json -> !List.of("QUEUED", "RUNNING").contains(json.getString("status.code")));
            assertThat(done.getString("status.code")).as(done.prettify()).isEqualTo("DONE");
            assertThat(done.getInt("rows.total")).isEqualTo(ROWS_PER_FILE);
            assertThat(done.getInt("rows.rejected")).isEqualTo(ROWS_PER_FILE);
            assertThat(done.getInt("rows.accepted")).isZero();
            Map<Integer, Set<String>> rejected = rejectedFields(given().header("Authorization", token)
                    .get(job + "/rejections").then().statusCode(200).extract().asString());
            for (int i = 0; i < ROWS_PER_FILE; i++) {
                assertThat(rejected.get(i + 2)).as("rejection of row %d", i + 2).contains(rows.expectedFields().get(i));
            }
        }
        Random random = new Random(SEED);
        for (int file = 0; file < BROKEN_FILES; file++) {
            int row = 2 + random.nextInt(20);
            Response refused = given().header("Authorization", token).contentType(CSV).body(broken(random, row))
                    .post(IMPORTS + "?surveyYear=2568");
            assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.jsonPath().getString("type")).isEqualTo("/problems/broken-csv");
            assertThat(refused.jsonPath().getString("field")).isEqualTo("row " + row);
        }
        System.out.println("household-service BMN import: " + 2 * ROWS_PER_FILE + " malformed rows rejected row by row, "
                + BROKEN_FILES + " unreadable files refused whole");
        before.assertUnchanged();
    }

    /** Row number → the fields its REJECTED lines name (row,outcome,field,code,reason); each line must give a reason. */
    private static Map<Integer, Set<String>> rejectedFields(String csv) {
        Map<Integer, Set<String>> fields = new HashMap<>();
        csv.lines().skip(1).forEach(line -> {
            String[] cells = line.split(",", 5);
            assertThat(cells).as(line).hasSize(5);
            assertThat(cells[1]).as(line).isEqualTo("REJECTED");
            assertThat(cells[3]).as(line).isNotBlank();
            assertThat(cells[4]).as(line).isNotBlank();
            fields.computeIfAbsent(Integer.parseInt(cells[0]), k -> new HashSet<>()).add(cells[2]);
        });
        return fields;
    }

    /** Malformed rows with, at {@code row}, one that makes the file unreadable: bad quoting, bytes that are not UTF-8… */
    private static byte[] broken(Random random, int row) {
        List<byte[]> breakers = List.of(
                "\"3100000000018,สมศรี,ใจดี,24010012345,24010101,4,25000,,,".getBytes(StandardCharsets.UTF_8),
                "3100000000018,สม\"ศรี,ใจดี,24010012345,24010101,4,25000,,,".getBytes(StandardCharsets.UTF_8),
                "3100000000018,\"สมศรี\"x,ใจดี,24010012345,24010101,4,25000,,,".getBytes(StandardCharsets.UTF_8),
                ",".repeat(120).getBytes(StandardCharsets.UTF_8),
                "3100000000018,สม\u0000ศรี,ใจดี,24010012345,24010101,4,25000,,,".getBytes(StandardCharsets.UTF_8),
                ("3100000000018," + "ก".repeat(4_001) + ",ใจดี,24010012345,24010101,4,25000,,,").getBytes(StandardCharsets.UTF_8),
                new byte[] {'3', '1', ',', (byte) 0xC3, 0x28, ',', (byte) 0xFF, ',', (byte) 0xE0, (byte) 0x80, ',', ',', ',', ',', ',', ','});
        byte[] lines = new MalformedSurveyRows(random.nextLong(), 25).bytes();
        String text = new String(lines, StandardCharsets.UTF_8);
        int at = 0;
        for (int i = 1; i < row; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        int split = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        var file = new ByteArrayOutputStream();
        file.write(lines, 0, split);
        file.writeBytes(breakers.get(random.nextInt(breakers.size())));
        file.write('\n');
        file.write(lines, split, lines.length - split);
        return file.toByteArray();
    }
}
