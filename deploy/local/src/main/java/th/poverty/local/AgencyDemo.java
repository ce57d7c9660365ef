package th.poverty.local;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Chachoengsao's agencies (ภาคีการพัฒนา) in plan-service's registry and the province's routing
 * table, kept by the provincial poverty centre; then the agencies at work on the problems routed
 * to them: the welfare office takes on its referrals and helps, the district's community
 * development office solves one problem and gives one back. Loading again changes nothing.
 */
final class AgencyDemo {

    /** The provincial social development office, whose worklist the console's partner agency signs in to. */
    static final String WELFARE = "PMJ.24";
    /** The welfare office's staff: the console's partner agency signs in as them. */
    static final String WELFARE_STAFF = "demo-agency";
    private static final int ACCEPTED_REFERRALS = 3;
    static final String AGRICULTURE = "DOAE.24";
    static final String DISTRICT_CDD = "CDD.2401";

    private record Agency(String code, String nameTh, String nameEn, String level, String area, List<String> dimensions,
                          List<String> helpKinds, List<String> welfareNeeds) {
    }

    private static final List<Agency> REGISTRY = List.of(
            new Agency("PHO.24", "สำนักงานสาธารณสุขจังหวัดฉะเชิงเทรา", "Chachoengsao Provincial Public Health Office",
                    "PROVINCE", "24", List.of("HEALTH"), List.of("SERVICE"), List.of()),
            new Agency("DHO.2401", "สำนักงานสาธารณสุขอำเภอเมืองฉะเชิงเทรา", "Mueang Chachoengsao District Health Office",
                    "DISTRICT", "2401", List.of("HEALTH"), List.of("SERVICE"), List.of()),
            new Agency(WELFARE, "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดฉะเชิงเทรา",
                    "Chachoengsao Provincial Social Development and Human Security Office", "PROVINCE", "24",
                    List.of("ACCESS_TO_SERVICES"), List.of("MONEY", "GOODS", "SERVICE"),
                    List.of("ALLOWANCE", "ELDERLY_CARE", "BEDRIDDEN_CARE", "DISABILITY_CARE", "WELFARE_ASSESSMENT")),
            new Agency("CDD.24", "สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา", "Chachoengsao Provincial Community Development Office",
                    "PROVINCE", "24", List.of("INCOME"), List.of("MONEY", "TRAINING", "LOAN"), List.of()),
            new Agency(DISTRICT_CDD, "สำนักงานพัฒนาชุมชนอำเภอเมืองฉะเชิงเทรา",
                    "Mueang Chachoengsao District Community Development Office", "DISTRICT", "2401", List.of("INCOME"),
                    List.of("MONEY", "TRAINING", "LOAN"), List.of()),
            new Agency(AGRICULTURE, "สำนักงานเกษตรจังหวัดฉะเชิงเทรา", "Chachoengsao Provincial Agricultural Extension Office",
                    "PROVINCE", "24", List.of("INCOME"), List.of("MEANS_OF_PRODUCTION", "TRAINING"), List.of()),
            new Agency("NFE.24", "สำนักงานส่งเสริมการเรียนรู้จังหวัดฉะเชิงเทรา (กศน.)",
                    "Chachoengsao Provincial Learning Promotion Office (NFE)", "PROVINCE", "24", List.of("EDUCATION"),
                    List.of("TRAINING"), List.of()),
            new Agency("PAO.24", "องค์การบริหารส่วนจังหวัดฉะเชิงเทรา", "Chachoengsao Provincial Administrative Organisation",
                    "PROVINCE", "24", List.of("LIVING_CONDITIONS"), List.of("HOUSING_REPAIR", "GOODS"),
                    List.of("HOUSING_REPAIR")));

    private static final List<Map<String, Object>> ROUTING = List.of(
            Map.of("dimension", "HEALTH", "agencies", List.of("PHO.24", "DHO.2401"), "dueDays", 30),
            Map.of("dimension", "HEALTH", "descriptionCode", "WELFARE", "agencies", List.of(WELFARE), "dueDays", 15),
            Map.of("dimension", "INCOME", "agencies", List.of("CDD.24", DISTRICT_CDD), "dueDays", 45),
            Map.of("dimension", "EDUCATION", "agencies", List.of("NFE.24"), "dueDays", 60),
            Map.of("dimension", "LIVING_CONDITIONS", "agencies", List.of("PAO.24"), "dueDays", 60),
            Map.of("dimension", "ACCESS_TO_SERVICES", "agencies", List.of(WELFARE), "dueDays", 15));

    private final List<String> failures = new ArrayList<>();

    /** The registry and the table, each put once: a loaded registry is left as it is. */
    List<String> register(DemoClient centre) {
        for (Agency agency : REGISTRY) {
            if (centre.get("/api/v1/agencies/" + agency.code()).status() == 404) {
                var put = centre.put("/api/v1/agencies/" + agency.code(), null, Map.of("nameTh", agency.nameTh(),
                        "nameEn", agency.nameEn(), "level", agency.level(), "areaCode", agency.area(),
                        "dimensions", agency.dimensions(), "helpKinds", agency.helpKinds(),
                        "welfareNeeds", agency.welfareNeeds(), "reason", "ทะเบียนภาคีการพัฒนาจังหวัดฉะเชิงเทรา"));
                if (!put.ok()) {
                    failures.add("agency " + agency.code() + ": " + put);
                }
            }
        }
        if (centre.get("/api/v1/routing/" + ChachoengsaoDemo.PROVINCE).version() == 0) {
            var put = centre.put("/api/v1/routing/" + ChachoengsaoDemo.PROVINCE, null, Map.of("rules", ROUTING,
                    "reason", "ตารางส่งต่อปัญหารายครัวเรือนของ ศจพ.จ. ฉะเชิงเทรา"));
            if (!put.ok()) {
                failures.add("routing table: " + put);
            }
        }
        return failures;
    }

    /**
     * The welfare office accepts three of its new referrals and helps two; the district's
     * community development office solves its first income problem and gives its second back.
     * Returns the problems helped or solved.
     */
    int work(DemoClient welfare, DemoClient districtCdd, LocalDate today) {
        if (!welfare.get("/api/v1/problems?status=ACCEPTED&limit=1").json().path("items").isEmpty()) {
            return 0; // worked on an earlier load
        }
        int done = 0;
        List<JsonNode> referrals = worklist(welfare);
        // the rest stay new, for the console's partner agency to take on
        for (int i = 0; i < Math.min(referrals.size(), ACCEPTED_REFERRALS); i++) {
            JsonNode referral = referrals.get(i);
            long version = accept(welfare, referral, today);
            if (version > 0 && i < 2) {
                var helped = welfare.command(problem(referral) + "/help", version, Map.of("kind", "MONEY",
                        "amountThb", 3000, "helpedOn", today.toString(), "description", "เงินสงเคราะห์ครอบครัวผู้มีรายได้น้อย"));
                done += record(helped, referral) ? 1 : 0;
            }
        }
        List<JsonNode> income = worklist(districtCdd);
        if (!income.isEmpty()) {
            long version = accept(districtCdd, income.get(0), today);
            if (version > 0) {
                var solved = districtCdd.command(problem(income.get(0)) + "/status", version, Map.of("status", "SOLVED",
                        "changedOn", today.toString(), "reason", "เข้าร่วมกลุ่มอาชีพ มีรายได้สม่ำเสมอ"));
                done += record(solved, income.get(0)) ? 1 : 0;
            }
        }
        if (income.size() > 1) {
            var declined = districtCdd.command(problem(income.get(1)) + "/declination", income.get(1).path("version").asLong(),
                    Map.of("declinedOn", today.toString(), "reason", "เป็นภารกิจของสำนักงานเกษตร ขอส่งคืนอำเภอ"));
            record(declined, income.get(1));
        }
        return done;
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    /** The agency's problems still new, as the worklist shows them. */
    private static List<JsonNode> worklist(DemoClient agency) {
        List<JsonNode> fresh = new ArrayList<>();
        agency.get("/api/v1/problems?status=NEW&limit=500").json().path("items").forEach(fresh::add);
        return fresh;
    }

    private long accept(DemoClient agency, JsonNode problem, LocalDate today) {
        var accepted = agency.command(problem(problem) + "/acceptance", problem.path("version").asLong(),
                Map.of("acceptedOn", today.toString()));
        return record(accepted, problem) ? accepted.version() : 0;
    }

    private boolean record(DemoClient.Answer answer, JsonNode problem) {
        if (!answer.ok()) {
            failures.add("problem " + problem.path("problemId").asText() + ": " + answer);
        }
        return answer.ok();
    }

    private static String problem(JsonNode problem) {
        return "/api/v1/problems/" + problem.path("problemId").asText();
    }
}
