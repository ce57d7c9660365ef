package th.poverty.plan;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.restassured.http.ContentType;
import th.poverty.testing.Tokens;

/**
 * A registry of Chachoengsao agencies and the province's routing table, as a province officer
 * keeps them: each test class registers its own agencies (codes with a suffix of its own), and the
 * province's table, shared by all, routes to the latest class's.
 */
public final class AgencyFixtures {

    public static final String PROVINCE_OFFICER = Tokens.bearer("provincial-centre", "province-officer", "24");

    /** The codes of one registry: a district health office, the province's, a district CDD office, พมจ., an อบต., กศน. */
    public record Registry(String districtHealth, String provinceHealth, String districtCdd, String welfare,
                           String tambonLocal, String nonFormalEducation) {

        public List<String> all() {
            return List.of(districtHealth, provinceHealth, districtCdd, welfare, tambonLocal, nonFormalEducation);
        }
    }

    private AgencyFixtures() {
    }

    /** Agencies serving Mueang Chachoengsao (2401) and tambon หน้าเมือง (240101), and a table routing to them. */
    public static Registry registered() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var registry = new Registry("SSO-2401-" + suffix, "PHO-24-" + suffix, "CDD-2401-" + suffix, "PMJ-24-" + suffix,
                "TAO-240101-" + suffix, "NFE-2401-" + suffix);
        register(registry.districtHealth(), "สาธารณสุขอำเภอเมืองฉะเชิงเทรา", "DISTRICT", "2401", "[\"HEALTH\"]", "[\"SERVICE\"]",
                "[]");
        register(registry.provinceHealth(), "สำนักงานสาธารณสุขจังหวัดฉะเชิงเทรา", "PROVINCE", "24", "[\"HEALTH\"]",
                "[\"SERVICE\"]", "[]");
        register(registry.districtCdd(), "สำนักงานพัฒนาชุมชนอำเภอเมืองฉะเชิงเทรา", "DISTRICT", "2401", "[\"INCOME\"]",
                "[\"MONEY\", \"TRAINING\", \"LOAN\"]", "[]");
        register(registry.welfare(), "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดฉะเชิงเทรา", "PROVINCE", "24",
                "[\"ACCESS_TO_SERVICES\"]", "[\"MONEY\", \"SERVICE\"]",
                "[\"ALLOWANCE\", \"ELDERLY_CARE\", \"BEDRIDDEN_CARE\", \"DISABILITY_CARE\", \"WELFARE_ASSESSMENT\"]");
        register(registry.tambonLocal(), "เทศบาลเมืองฉะเชิงเทรา", "TAMBON", "240101", "[\"LIVING_CONDITIONS\"]",
                "[\"HOUSING_REPAIR\", \"GOODS\"]", "[\"HOUSING_REPAIR\"]");
        register(registry.nonFormalEducation(), "ศูนย์ส่งเสริมการเรียนรู้อำเภอเมืองฉะเชิงเทรา", "DISTRICT", "2401",
                "[\"EDUCATION\"]", "[\"TRAINING\"]", "[]");
        route(registry);
        return registry;
    }

    /** The household's first problem, once plan-service has found it. */
    public static String awaitProblem(String householdId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", PROVINCE_OFFICER)
                .queryParam("area", "24").queryParam("householdId", householdId).get("/api/v1/problems").then()
                .statusCode(200).extract().<String>path("items[0].problemId"), Objects::nonNull);
    }

    public static void register(String code, String nameTh, String level, String area, String dimensions, String helpKinds,
                                String welfareNeeds) {
        given().header("Authorization", PROVINCE_OFFICER).contentType(ContentType.JSON).body("""
                        {"nameTh": "%s", "nameEn": "%s", "level": "%s", "areaCode": "%s", "dimensions": %s,
                         "helpKinds": %s, "welfareNeeds": %s, "reason": "ทะเบียนหน่วยงานของจังหวัด"}"""
                        .formatted(nameTh, code, level, area, dimensions, helpKinds, welfareNeeds))
                .put("/api/v1/agencies/" + code).then().log().ifValidationFails().statusCode(200);
    }

    /** Health to the district's office (more local than the province's), bedridden care to พมจ., and so on. */
    private static void route(Registry r) {
        String version = given().header("Authorization", PROVINCE_OFFICER).get("/api/v1/routing/24").then().statusCode(200)
                .extract().header("ETag");
        var request = given().header("Authorization", PROVINCE_OFFICER);
        if (version != null) {
            request.header("If-Match", version);
        }
        request.contentType(ContentType.JSON).body("""
                        {"reason": "ตารางส่งต่อปัญหาของจังหวัด", "rules": [
                          {"dimension": "HEALTH", "agencies": ["%s", "%s"], "dueDays": 30},
                          {"dimension": "HEALTH", "descriptionCode": "WELFARE-BEDRIDDEN_CARE", "agencies": ["%s"], "dueDays": 15},
                          {"dimension": "INCOME", "agencies": ["%s"]},
                          {"dimension": "ACCESS_TO_SERVICES", "agencies": ["%s"], "dueDays": 15},
                          {"dimension": "LIVING_CONDITIONS", "agencies": ["%s"], "dueDays": 60}]}"""
                        .formatted(r.provinceHealth(), r.districtHealth(), r.welfare(), r.districtCdd(), r.welfare(),
                                r.tambonLocal()))
                .put("/api/v1/routing/24").then().log().ifValidationFails().statusCode(200);
    }
}
