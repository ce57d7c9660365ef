package th.poverty.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import th.poverty.testing.NationalIds;

/**
 * What a team writes about a household (why it was nominated, what the visit found, the causes
 * in the Family Folder) is shown by household-service and by nothing else: no topic carries it,
 * read from offset 0 by a client outside the system, and after the household's personal data is
 * erased no API or table shows it, while its history still reads.
 */
@ExtendWith(SharedLocalSystem.class)
class FreeTextTest {

    /** Only this class writes in district 2403 (บางคล้า). */
    private static final String VILLAGE = "24030101";

    @Test
    void freeTextStaysInTheServiceAndErasureReachesEveryCopy() throws SQLException {
        var running = SharedLocalSystem.running();
        String mark = "ติดเตียง-" + UUID.randomUUID();
        String today = LocalDate.now().toString();

        String id = household(running, "field-team").contentType(ContentType.JSON).body("""
                        {"forumDate": "%s", "villageCode": "%s", "reason": "แม่ %s",
                         "head": {"nationalId": "%s", "firstName": "ทองใบ", "lastName": "ศรีสุข"}}"""
                        .formatted(today, VILLAGE, mark, NationalIds.random()))
                .post("/api/v1/households/forum-nominations").then().statusCode(201).extract().path("householdId");
        command(running, id, "visits", 1, """
                {"visitedOn": "%s", "visitedBy": ["พัฒนากร"], "notes": "ลูกพิการ %s"}"""
                .formatted(today, mark));
        command(running, id, "poverty-causes", 2, """
                {"causes": [{"dimension": "HEALTH", "description": "ป่วย %s"}], "reason": "Family Folder"}""".formatted(mark));

        household(running, "district-officer").get("/api/v1/households/{id}/history", id).then().statusCode(200)
                .body("[0].reason", equalTo("แม่ " + mark))
                .body("[0].payload.reason", equalTo("แม่ " + mark))
                .body("[1].payload.notes", equalTo("ลูกพิการ " + mark))
                .body("[2].payload.causes[0].description", equalTo("ป่วย " + mark));
        await().atMost(Duration.ofSeconds(60)).until(() -> rows("household",
                "select count(*) from outbox o join events e using (position) where e.stream_id = '" + id + "'") == 0);

        int records = EveryTopic.scan(running.kafkaPort(), (place, text) -> assertThat(text).as(place).doesNotContain(mark));
        assertThat(records).as("records read").isPositive();
        assertThat(rows("household", "select count(*) from events where payload::text || metadata::text like '%" + mark + "%'"))
                .as("the permanent record").isZero();

        command(running, id, "personal-data/erasure", 3, "{\"reason\": \"ญาติขอลบ\"}", "district-officer");

        household(running, "district-officer").get("/api/v1/households/{id}/history", id).then().statusCode(200)
                .body("type", hasItem("PersonalDataErased"))
                .body("reason", everyItem(nullValue()))
                .body("[1].payload.notes", nullValue())
                .body("[1].payload.visitedOn", equalTo(today))
                .body("[2].payload.causes[0].description", nullValue())
                .body("[2].payload.causes[0].dimension", equalTo("HEALTH"));
        assertThat(rows("household", "select count(*) from free_texts where text like '%" + mark + "%'")).isZero();
    }

    private static void command(SharedLocalSystem.Running running, String id, String command, long version, String body) {
        command(running, id, command, version, body, "field-team");
    }

    private static void command(SharedLocalSystem.Running running, String id, String command, long version, String body,
                                String role) {
        household(running, role).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body)
                .post("/api/v1/households/{id}/" + command, id).then().statusCode(200);
    }

    private static RequestSpecification household(SharedLocalSystem.Running running, String role) {
        return running.as(Service.HOUSEHOLD, "free-text-test", role, "24");
    }

    private static long rows(String database, String query) throws SQLException {
        try (var connection = SharedLocalSystem.running().system().postgres().connect(database);
             var statement = connection.createStatement();
             var result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
