package th.poverty.local;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import th.poverty.testing.NationalIds;

/**
 * The field team's part of the process over REST, as the end-to-end and fault tests drive a
 * running system: step 1 (ชี้เป้าชีวิต) in household-service, and a carer (step 4, ดูแลชีวิต) in
 * team-service. Every request is made under the province's tokens.
 */
final class FieldWork {

    /** A request to one of the services, under a token for the subject, role and area. */
    interface Calls {
        RequestSpecification as(Service service, String subject, String role, String area);
    }

    private final Calls calls;
    private final String user;
    private final String province;

    FieldWork(Calls calls, String user, String province) {
        this.calls = calls;
        this.user = user;
        this.province = province;
    }

    /** Nominated at the village forum: identified. Returns its id. */
    String nominate(String village, LocalDate today) {
        return as(Service.HOUSEHOLD, "field-team").contentType(ContentType.JSON).body("""
                        {"forumDate": "%s", "villageCode": "%s", "reason": "ไม่มีที่ดินทำกิน รายได้ไม่พอ",
                         "head": {"nationalId": "%s", "firstName": "บุญมี", "lastName": "ทองคำ", "phone": "0898765432"}}"""
                        .formatted(today, village, NationalIds.random()))
                .post("/api/v1/households/forum-nominations").then().statusCode(201).extract().path("householdId");
    }

    /** Nominated at the village forum, visited, assessed and classified: eligible for a plan. Returns its id. */
    String identifyVisitAssessAndClassify(String village, LocalDate today) {
        String id = nominate(village, today);
        household(id, "visits", 1, """
                {"visitedOn": "%s", "visitedBy": ["พัฒนากร", "ผู้นำ อช."], "notes": "เคาะประตูบ้าน"}""".formatted(today))
                .body("status.code", equalTo("VISITED"));
        household(id, "assessment", 2, """
                {"assessedOn": "%s",
                 "attitude": {"willingToChange": true, "notes": "อยากมีอาชีพ"},
                 "skills": {"workingMembers": 2, "skills": ["ทอผ้า"]},
                 "resources": {"landRai": 1.5, "ownsLand": false, "meansOfProduction": ["กี่ทอผ้า"]},
                 "wayOut": {"direction": "ทอผ้าขายในตลาดชุมชน"}}""".formatted(today))
                .body("status.code", equalTo("ASSESSED"));
        household(id, "poverty-causes", 3, """
                {"causes": [{"dimension": "INCOME", "description": "หนี้นอกระบบ"}], "reason": "Family Folder"}""");
        household(id, "poverty-causes/acknowledgement", 4, "{\"acknowledgedOn\": \"" + today + "\"}");
        household(id, "classification", 5, "{\"group\": \"SELF_DEVELOPING\", \"reason\": \"มีแรงงานและทักษะ\"}")
                .body("status.code", equalTo("CLASSIFIED"));
        return id;
    }

    /**
     * A new carer of the village, given the household: 404 until team-service has read the
     * household from household.events, so it is tried until {@code within}; assigning again
     * changes nothing.
     */
    void giveACarer(String householdId, String village, Duration within) {
        String carerId = as(Service.TEAM, "province-officer").contentType(ContentType.JSON).body("""
                        {"name": "ประยูร รักถิ่น", "role": "COMMUNITY_LEADER", "areaCode": "%s", "reason": "อาสาดูแลครัวเรือน"}"""
                        .formatted(village))
                .post("/api/v1/carers").then().statusCode(201).extract().path("carerId");
        await().atMost(within).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as(Service.TEAM, "field-team").contentType(ContentType.JSON)
                        .body("{\"householdId\": \"%s\", \"reason\": \"ดูแลตามแผน\"}".formatted(householdId))
                        .post("/api/v1/carers/{carerId}/households", carerId).then().statusCode(200));
    }

    /**
     * The life compass drawn up with the household (step 2, เข็มทิศชีวิต), once plan-service holds it
     * eligible: an account book and {@code moreActivities} (JSON objects). Returns the plan's id.
     */
    String draftPlan(String householdId, LocalDate today, String... moreActivities) {
        StringBuilder activities = new StringBuilder(
                "{\"part\": \"HOUSEHOLD\", \"kind\": \"KEEP_ACCOUNT_BOOK\", \"description\": \"จดบัญชีรายรับรายจ่ายทุกวัน\"}");
        for (String activity : moreActivities) {
            activities.append(", ").append(activity);
        }
        return as(Service.PLAN, "field-team").contentType(ContentType.JSON).body("""
                        {"draftedOn": "%s", "reason": "จัดทำเข็มทิศชีวิตร่วมกับครัวเรือน", "content": {
                          "goals": [{"sufficiency": "SUFFICIENT_LIVELIHOOD", "description": "มีรายได้จากการทอผ้า"},
                                    {"sufficiency": "SUFFICIENT_HAPPINESS", "description": "เลิกเหล้า"},
                                    {"sufficiency": "WARM_FAMILY", "description": "กินข้าวพร้อมหน้ากันทุกเย็น"}],
                          "capital": [{"kind": "HUMAN", "description": "แรงงาน 2 คน ทอผ้าเป็น"}],
                          "potential": "ฝีมือทอผ้าดี", "occupations": ["ทอผ้าขาย"], "targetAnnualIncomePerPersonThb": 40000,
                          "activities": [%s]}}""".formatted(today, activities))
                .post("/api/v1/households/{id}/plans", householdId).then().statusCode(201).extract().path("planId");
    }

    private ValidatableResponse household(String id, String command, long version, String body) {
        return as(Service.HOUSEHOLD, "field-team").contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(body).post("/api/v1/households/{id}/" + command, id).then().statusCode(200);
    }

    private RequestSpecification as(Service service, String role) {
        return calls.as(service, user, role, province);
    }
}
