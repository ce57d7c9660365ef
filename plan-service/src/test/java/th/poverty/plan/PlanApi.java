package th.poverty.plan;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import th.poverty.domain.Thailand;
import th.poverty.testing.Tokens;

/** The plan API as a client calls it, with request bodies in the documented JSON. */
public final class PlanApi {

    public static final String FIELD_TEAM = Tokens.bearer("somchai", "field-team", "24");
    /** The agency the compasses' agency activities name: registered before the first draft. */
    public static final String AGENCY = "TAO.240101";
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();
    public static final String TODAY = LocalDate.now(Thailand.ZONE).toString();
    public static final String TOMORROW = LocalDate.now(Thailand.ZONE).plusDays(1).toString();

    private PlanApi() {
    }

    /** A content aiming at the three sufficiencies with the given activities (JSON objects). */
    public static String content(List<String> activities) {
        return """
                {"goals": [{"sufficiency": "SUFFICIENT_LIVELIHOOD", "description": "มีรายได้จากการทอผ้า"},
                           {"sufficiency": "SUFFICIENT_HAPPINESS", "description": "เลิกเหล้า"},
                           {"sufficiency": "WARM_FAMILY", "description": "กินข้าวพร้อมหน้ากันทุกเย็น"}],
                 "capital": [{"kind": "HUMAN", "description": "แรงงาน 2 คน ทอผ้าเป็น"}],
                 "potential": "ฝีมือทอผ้าดี", "occupations": ["ทอผ้าขาย"], "targetAnnualIncomePerPersonThb": 40000,
                 "activities": [%s]}""".formatted(String.join(", ", activities));
    }

    /** An activity; {@code id} null for a new one, {@code kind} null for one of no usual kind. */
    public static String activity(String id, String part, String kind, String description) {
        String agency = "AGENCY".equals(part) ? ", \"agency\": \"" + AGENCY + "\", \"help\": \"กี่ทอผ้าและเส้นด้าย\"" : "";
        return "{" + (id == null ? "" : "\"activityId\": \"" + id + "\", ") + "\"part\": \"" + part + "\", "
                + (kind == null ? "" : "\"kind\": \"" + kind + "\", ") + "\"description\": \"" + description + "\"" + agency
                + ", \"budgetThb\": 1500.50}";
    }

    /** One activity in each part, new (ids null) or as numbered by the draft (A1, A2, A3). */
    public static List<String> threeActivities(boolean numbered) {
        return List.of(activity(numbered ? "A1" : null, "HOUSEHOLD", "KEEP_ACCOUNT_BOOK", "จดบัญชีรายรับรายจ่ายทุกวัน"),
                activity(numbered ? "A2" : null, "COMMUNITY", "SAVINGS_GROUP", "เข้ากลุ่มออมทรัพย์ของหมู่บ้าน"),
                activity(numbered ? "A3" : null, "AGENCY", "OCCUPATION_SUPPORT", "ส่งเสริมการทอผ้า"));
    }

    /** {@code count} activities spread over the three parts, numbered A1… when {@code numbered}. */
    public static List<String> activities(int count, boolean numbered) {
        String[][] kinds = {{"HOUSEHOLD", "SAVE"}, {"COMMUNITY", "POVERTY_FUND"}, {"AGENCY", "SKILLS_TRAINING"}};
        List<String> activities = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String[] kind = kinds[i % 3];
            activities.add(activity(numbered ? "A" + i : null, kind[0], kind[1], "กิจกรรมที่ " + i));
        }
        return activities;
    }

    public static String draft(String content) {
        return "{\"draftedOn\": \"" + TODAY + "\", \"reason\": \"จัดทำเข็มทิศชีวิตร่วมกับครัวเรือน\", \"content\": " + content + "}";
    }

    public static String revision(String reason, String content) {
        return "{\"reason\": " + (reason == null ? "null" : "\"" + reason + "\"") + ", \"content\": " + content + "}";
    }

    public static String mou() {
        return """
                {"signedOn": "%s", "place": "ศาลาประชาคมหมู่ 1", "householdSignatory": "HEAD", "householdSigned": true,
                 "teamSignatories": [{"name": "นางสาวมาลี ดีงาม", "position": "พัฒนากร"}], "reason": "ลงนาม MOU"}"""
                .formatted(TODAY);
    }

    public static ValidatableResponse draft(String householdId, String body, String token) {
        registerAgency();
        return given().contentType(ContentType.JSON).header("Authorization", token).body(body)
                .post("/api/v1/households/" + householdId + "/plans").then();
    }

    /** Drafts a plan with one activity in each part; returns its id. */
    public static String draftPlan(String householdId) {
        return draft(householdId, draft(content(threeActivities(false))), FIELD_TEAM).statusCode(201)
                .extract().path("planId");
    }

    /** Drafts and agrees a plan (version 2); returns its id. */
    public static String agreedPlan(String householdId) {
        String planId = draftPlan(householdId);
        command(planId, "agreement", 1, mou(), FIELD_TEAM).statusCode(200);
        return planId;
    }

    public static ValidatableResponse command(String planId, String path, long version, String body, String token) {
        return given().contentType(ContentType.JSON).header("Authorization", token).header("If-Match", "\"" + version + "\"")
                .body(body).post("/api/v1/plans/" + planId + "/" + path).then();
    }

    public static ValidatableResponse read(String path, String token) {
        return given().header("Authorization", token).get("/api/v1/" + path).then();
    }

    /** The local government of tambon 240101 in the registry, once (a second registration finds it there: 412). */
    private static void registerAgency() {
        if (REGISTERED.get()) {
            return;
        }
        int status = given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer("centre", "province-officer", "24"))
                .body("""
                        {"nameTh": "เทศบาลตำบลหน้าเมือง", "nameEn": "Na Mueang municipality", "level": "TAMBON",
                         "areaCode": "240101", "dimensions": ["INCOME", "LIVING_CONDITIONS"], "helpKinds": ["MEANS_OF_PRODUCTION"],
                         "welfareNeeds": [], "reason": "ทะเบียนหน่วยงาน"}""")
                .put("/api/v1/agencies/" + AGENCY).then().extract().statusCode();
        if (status != 200 && status != 412) {
            throw new IllegalStateException("registering " + AGENCY + " answered " + status);
        }
        REGISTERED.set(true);
    }
}
