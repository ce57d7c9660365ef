package th.poverty.team.carer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static th.poverty.team.Api.FIELD_TEAM;
import static th.poverty.team.Api.PROVINCE_OFFICER;
import static th.poverty.team.Api.as;
import static th.poverty.team.Api.assign;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.team.Api;
import th.poverty.team.HouseholdEventsTopic;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;
import th.poverty.testing.PublishedEvent;
import th.poverty.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "team"))
class CarerCommandsResourceTest {

    private static final String NONG_MAE_DAENG_5 = "24011505";

    @Inject
    Pool pool;

    @Test
    void aCarerTakesThreeHouseholdsAndAFourthIsAConflictNamingThem() {
        String carer = Api.communityLeaderCarer(NONG_MAE_DAENG_5, "ผู้ใหญ่บุญมา ดีเด่น");
        List<String> households = HouseholdEventsTopic.needingCare(pool, NONG_MAE_DAENG_5, 4);

        assign(carer, households.get(0)).statusCode(200).header("ETag", "\"2\"").body("caredFor", equalTo(1));
        assign(carer, households.get(1)).statusCode(200);
        assign(carer, households.get(2)).statusCode(200).body("freePlaces", equalTo(0))
                .body("households.householdId", equalTo(households.subList(0, 3)));
        long before = events(carer);

        assign(carer, households.get(3)).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/carer-at-capacity"))
                .body("field", equalTo("carerId"))
                .body("detail", containsString("ผู้ใหญ่บุญมา ดีเด่น"))
                .body("detail", containsString(carer))
                .body("detail", containsString(String.join(", ", households.subList(0, 3))));
        assertThat(events(carer)).isEqualTo(before);

        as(FIELD_TEAM).get("/api/v1/carers/{id}/history", carer).then().statusCode(200)
                .body("type", equalTo(List.of("CarerRegistered", "CarerAssigned", "CarerAssigned", "CarerAssigned")))
                .body("[1].actor", equalTo("somchai")).body("[1].reason", equalTo("ดูแลตามแผน"));
    }

    /** Why the carer took the household is about the household: erased with its personal data, unlike the carer's own. */
    @Test
    void erasingAHouseholdsPersonalDataErasesTheReasonsGivenForCaringForIt() {
        String carer = Api.communityLeaderCarer(NONG_MAE_DAENG_5, "สมพร ใจงาม");
        String household = HouseholdEventsTopic.needingCare(pool, NONG_MAE_DAENG_5);
        assign(carer, household).statusCode(200);
        as(FIELD_TEAM).get("/api/v1/carers/{id}/history", carer).then().statusCode(200)
                .body("[1].reason", equalTo("ดูแลตามแผน"));

        PublishedEvent.household("PersonalDataErased", household, 2, "{\"householdId\": \"%s\"}".formatted(household))
                .publish();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(FIELD_TEAM).get("/api/v1/carers/{id}/history", carer)
                .then().statusCode(200).body("[1].reason", nullValue()));
        as(FIELD_TEAM).get("/api/v1/carers/{id}/history", carer).then().body("[0].reason", not(nullValue()));
    }

    @Test
    void unknownCarersAndHouseholdsAreNotFound() {
        String carer = Api.communityLeaderCarer(NONG_MAE_DAENG_5, "สมใจ รักดี");
        String household = HouseholdEventsTopic.needingCare(pool, NONG_MAE_DAENG_5);

        assign("no-such-carer", household).statusCode(404).body("title", equalTo("Carer not found"));
        assign(carer, "no-such-household").statusCode(404).body("title", equalTo("Household not found"));
        as(Tokens.bearer("korat", "field-team", "30")).body("{\"householdId\": \"%s\", \"reason\": \"x\"}".formatted(household))
                .post("/api/v1/carers/{id}/households", carer).then().statusCode(404);
        assertThat(events(carer)).isEqualTo(1);
    }

    @Test
    void aClosedHouseholdGetsNoCarer() {
        String carer = Api.communityLeaderCarer(NONG_MAE_DAENG_5, "สมพงษ์ ใจงาม");
        String household = HouseholdEventsTopic.needingCare(pool, NONG_MAE_DAENG_5);
        HouseholdEventsTopic.publish(List.of(HouseholdEventsTopic.closed(household, "MOVED")));
        await().atMost(Duration.ofSeconds(30)).until(() -> "CLOSED".equals(status(household)));

        assign(carer, household).statusCode(409).body("type", equalTo("/problems/household-closed"));
        assertThat(events(carer)).isEqualTo(1);
    }

    @Test
    void aHouseholdHasOneCarerAndIsHandedOverWithAReason() {
        String first = Api.communityLeaderCarer(NONG_MAE_DAENG_5, "คนแรก ดูแลดี");
        String second = Api.communityLeaderCarer(NONG_MAE_DAENG_5, "คนที่สอง ดูแลต่อ");
        String household = HouseholdEventsTopic.needingCare(pool, NONG_MAE_DAENG_5);
        assign(first, household).statusCode(200);
        assign(first, household).statusCode(200).header("ETag", "\"2\"");

        assign(second, household).statusCode(409).body("type", equalTo("/problems/household-has-carer"))
                .body("detail", containsString(first));

        as(FIELD_TEAM).body("{\"carerId\": \"%s\", \"reason\": \"ครัวเรือนขอเปลี่ยน\"}".formatted(second))
                .post("/api/v1/care/households/{id}/reassignment", household).then().statusCode(200)
                .body("carer.carerId", equalTo(second))
                .body("formerCarers[0].carerId", equalTo(first))
                .body("formerCarers[0].release.code", equalTo("REASSIGNED"));
        as(FIELD_TEAM).get("/api/v1/carers/{id}", first).then().body("households", hasSize(0));
        as(FIELD_TEAM).get("/api/v1/carers/{id}/history", first).then()
                .body("[2].type", equalTo("CarerReleased")).body("[2].reason", equalTo("ครัวเรือนขอเปลี่ยน"));
        as(FIELD_TEAM).body("{\"carerId\": \"%s\", \"reason\": \"x\"}".formatted(second))
                .post("/api/v1/care/households/{id}/reassignment", household).then()
                .statusCode(409).body("type", equalTo("/problems/same-carer"));
        // and back: whichever carer's id sorts first, the release comes before the assignment
        as(FIELD_TEAM).body("{\"carerId\": \"%s\", \"reason\": \"กลับมาดูแล\"}".formatted(first))
                .post("/api/v1/care/households/{id}/reassignment", household).then().statusCode(200)
                .body("carer.carerId", equalTo(first)).body("formerCarers.carerId", equalTo(List.of(first, second)));
    }

    @Test
    void aCarerReleasesAHouseholdWithAReasonAndTheVersionItRead() {
        String carer = Api.communityLeaderCarer(NONG_MAE_DAENG_5, "สุดา ใจเย็น");
        String household = HouseholdEventsTopic.needingCare(pool, NONG_MAE_DAENG_5);
        assign(carer, household).statusCode(200);
        String path = "/api/v1/carers/{c}/households/{h}/release";
        String body = "{\"release\": \"CARER_UNAVAILABLE\", \"reason\": \"ย้ายไปทำงานต่างจังหวัด\"}";

        as(FIELD_TEAM).body("{\"release\": \"HOUSEHOLD_GRADUATED\", \"reason\": \"x\"}").post(path, carer, household).then()
                .statusCode(400).body("field", equalTo("release"));
        as(FIELD_TEAM).header("If-Match", "\"1\"").body(body).post(path, carer, household).then()
                .statusCode(412).header("ETag", "\"2\"");
        as(FIELD_TEAM).header("If-Match", "\"2\"").body(body).post(path, carer, household).then()
                .statusCode(200).body("households", hasSize(0)).header("ETag", "\"3\"");
        as(FIELD_TEAM).body(body).post(path, carer, household).then()
                .statusCode(409).body("type", equalTo("/problems/not-caring-for-household"));
        as(FIELD_TEAM).get("/api/v1/care/households/{id}", household).then().statusCode(200)
                .body("carer", nullValue()).body("formerCarers[0].release.en", equalTo("The carer can no longer care"));
        as(FIELD_TEAM).queryParam("area", NONG_MAE_DAENG_5).queryParam("limit", 500).get("/api/v1/care/awaiting-carer")
                .then().body("items.householdId", hasItem(household));
    }

    @Test
    void aTeamMemberIsRegisteredOnceAndCarersAreListedWithTheirLoad() {
        var team = Api.formSmileTeam("240116", "24011601", "สายสุนีย์ อาสา").statusCode(201).extract();
        String body = """
                {"teamId": "%s", "memberId": "%s"}""".formatted(team.path("teamId"),
                team.path("members.find { it.role.code == 'CDD_VOLUNTEER_LEADER' }.memberId"));
        String carer = as(PROVINCE_OFFICER).body(body).post("/api/v1/carers").then().statusCode(201)
                .body("name", equalTo("สายสุนีย์ อาสา")).body("role.code", equalTo("CDD_VOLUNTEER_LEADER"))
                .body("area.village.code", equalTo("24011601")).extract().path("carerId");
        as(PROVINCE_OFFICER).body(body).post("/api/v1/carers").then().statusCode(409)
                .body("type", equalTo("/problems/already-a-carer"));
        // an official may care outside a team too (step 4, item 1); a carer outside a team names a role
        as(PROVINCE_OFFICER).body("{\"name\": \"ปลัด\", \"role\": \"TAMBON_CLERK\", \"areaCode\": \"240116\"}")
                .post("/api/v1/carers").then().statusCode(201).body("role.code", equalTo("TAMBON_CLERK"));
        as(PROVINCE_OFFICER).body("{\"name\": \"ไม่ระบุ\", \"areaCode\": \"24011601\"}")
                .post("/api/v1/carers").then().statusCode(422).body("field", equalTo("role"));
        as(FIELD_TEAM).body("{\"name\": \"x\", \"role\": \"COMMUNITY_LEADER\", \"areaCode\": \"24011601\"}")
                .post("/api/v1/carers").then().statusCode(403);

        as(Tokens.bearer("partner", "partner-agency", "24")).queryParam("area", "240116").queryParam("withRoom", true)
                .get("/api/v1/carers").then().statusCode(200)
                .body("items.find { it.carerId == '%s' }.freePlaces".formatted(carer), equalTo(3));
        as(FIELD_TEAM).queryParam("area", "240116").queryParam("withRoom", false).get("/api/v1/carers").then()
                .body("items.carerId", not(hasItem(carer)));
    }

    @Test
    void carerEventsArePublishedToTheTeamTopic() {
        String carer = Api.communityLeaderCarer(NONG_MAE_DAENG_5, "ประกาศ ออกข่าว");
        String household = HouseholdEventsTopic.needingCare(pool, NONG_MAE_DAENG_5);
        assign(carer, household).statusCode(200);

        var published = KafkaTopics.read("team.events", r -> r.key().equals(carer), 2);
        assertThat(published).extracting(r -> KafkaTopics.header(r, "ce_type"))
                .containsExactly("CarerRegistered", "CarerAssigned");
        assertThat(published.get(1).value()).contains(household).doesNotContain("ประกาศ");
        assertThat(KafkaTopics.header(published.get(1), "ce_areacode")).isEqualTo(NONG_MAE_DAENG_5);
    }

    private long events(String carerId) {
        return pool.preparedQuery("select count(*) from events where stream_id = $1").execute(Tuple.of(carerId))
                .await().indefinitely().iterator().next().getLong(0);
    }

    private String status(String householdId) {
        return pool.preparedQuery("select household_status from care_households where household_id = $1")
                .execute(Tuple.of(householdId)).await().indefinitely().iterator().next().getString(0);
    }
}
