package th.poverty.local;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import th.poverty.domain.Thailand;
import th.poverty.testing.NationalIds;
import th.poverty.testing.TokenKeys;

/**
 * The Chachoengsao demo carried through the guideline's steps, over the services' public APIs as
 * the district, the field teams and a partner agency would take them: a survey file whose
 * candidates a village forum verifies (two dismissed, one left to verify); the verified households
 * visited, assessed (4 ท), their Family Folders' causes recorded and acknowledged, and classified
 * (every eighth into group ก, welfare); life compasses drawn up for group ข, most signed (MOU),
 * followed with progress, monthly incomes and an agency's help; one household leaving poverty.
 * Some households are left at each earlier stage, so every stage of the funnel shows. A step is
 * taken only when the household has not taken it yet, so loading twice adds nothing.
 */
public final class ChachoengsaoJourneys {

    /** The village whose survey candidates the demo forum verifies: หมู่ 5 ต.คลองนา, where a Smile Team cares. */
    static final String SURVEY_VILLAGE = "24010405";
    private static final int SURVEY_ROWS = 8;
    private static final int SURVEY_DISMISSED = 2;
    private static final int SURVEY_LEFT_TO_VERIFY = 1;
    private static final Duration EVENTS_ARRIVE = Duration.ofSeconds(90);
    private static final String HOUSEHOLD_LIST = "/api/v1/households";
    private static final String HOUSEHOLDS = HOUSEHOLD_LIST + "/";

    /** What a load did: how many households reached each stage now, and what was refused. */
    public record Result(int surveyCandidates, int confirmed, int dismissed, int visited, int assessed, int classified,
                         int planned, int agreed, int followedUp, int graduated, int needingCare, int problemsWorked,
                         List<String> failures) {

        public String summary() {
            return String.format("Chachoengsao journeys: %d survey candidates, %d confirmed and %d dismissed at the forum; "
                            + "%d visited, %d assessed, %d classified, %d compasses drawn up, %d signed, %d followed up, "
                            + "%d left poverty; %d households need a carer; %d problems helped or solved by agencies%s.",
                    surveyCandidates, confirmed, dismissed,
                    visited, assessed, classified, planned, agreed, followedUp, graduated, needingCare, problemsWorked,
                    failures.isEmpty() ? "" : "; " + failures.size() + " refused:\n  " + String.join("\n  ", failures));
        }
    }

    private final List<String> failures = new ArrayList<>();
    private final LocalDate today = LocalDate.now(Thailand.ZONE);
    private DemoClient households;
    private DemoClient plans;
    private DemoClient agency;
    private int candidates;
    private int confirmed;
    private int dismissed;
    private int visited;
    private int assessed;
    private int classified;
    private int planned;
    private int agreed;
    private int followedUp;
    private int graduated;
    private int needingCare;
    private int problemsWorked;

    public Result load(URI householdService, URI planService, TokenKeys keys) {
        Duration lifetime = Duration.ofMinutes(30);
        households = new DemoClient(householdService,
                keys.mint("demo-loader", Set.of("province-officer"), ChachoengsaoDemo.PROVINCE, lifetime));
        plans = new DemoClient(planService,
                keys.mint("demo-loader", Set.of("province-officer"), ChachoengsaoDemo.PROVINCE, lifetime));
        agency = new DemoClient(planService,
                keys.mintForAgency("demo-agriculture", AgencyDemo.AGRICULTURE, ChachoengsaoDemo.PROVINCE, lifetime));
        var agencies = new AgencyDemo();
        failures.addAll(agencies.register(plans));
        surveyAndForum();
        List<JsonNode> verified = verifiedHouseholds();
        List<String> compassed = new ArrayList<>();
        for (int i = 0; i < verified.size(); i++) {
            String id = verified.get(i).path("householdId").asText();
            int stage = i % 8;
            if (stepOne(id, stage) && stage != 0) {
                compassed.add(id);
            }
        }
        for (int i = 0; i < compassed.size(); i++) {
            stepsTwoToFour(compassed.get(i), i);
        }
        var welfare = new DemoClient(planService, keys.mintForAgency(AgencyDemo.WELFARE_STAFF, AgencyDemo.WELFARE,
                ChachoengsaoDemo.PROVINCE, lifetime));
        awaitWork(welfare);
        problemsWorked = agencies.work(welfare, new DemoClient(planService, keys.mintForAgency("demo-cdd-mueang",
                AgencyDemo.DISTRICT_CDD, "2401", lifetime)), today);
        failures.addAll(agencies.failures());
        return new Result(candidates, confirmed, dismissed, visited, assessed, classified, planned, agreed, followedUp,
                graduated, needingCare, problemsWorked, List.copyOf(failures));
    }

    /** The survey file imported (a repeat is all duplicates), then its village's forum, once. */
    private void surveyAndForum() {
        // the same file again answers 200 with its first job
        var upload = households.upload("/api/v1/bmn-imports?surveyYear=2569", "text/csv; charset=UTF-8", surveyFile());
        if (!upload.ok()) {
            failures.add("survey import: " + upload);
            return;
        }
        String job = upload.json().path("jobId").asText();
        Instant deadline = Instant.now().plus(EVENTS_ARRIVE);
        while (Instant.now().isBefore(deadline) && Set.of("QUEUED", "RUNNING")
                .contains(households.get("/api/v1/bmn-imports/" + job).json().path("status").path("code").asText())) {
            DemoClient.pause();
        }
        List<String> waiting = ids(households.get(HOUSEHOLD_LIST + "?area=" + SURVEY_VILLAGE
                + "&status=CANDIDATE&limit=500").json().path("items"));
        candidates = waiting.size();
        if (!households.get("/api/v1/forums?area=" + SURVEY_VILLAGE).json().path("items").isEmpty()
                || waiting.size() <= SURVEY_DISMISSED + SURVEY_LEFT_TO_VERIFY) {
            return;
        }
        List<String> confirm = waiting.subList(0, waiting.size() - SURVEY_DISMISSED - SURVEY_LEFT_TO_VERIFY);
        List<String> dismiss = waiting.subList(confirm.size(), confirm.size() + SURVEY_DISMISSED);
        var forum = households.created("/api/v1/forums", "demo-forum-" + SURVEY_VILLAGE, Map.of(
                "heldOn", today.toString(), "villageCode", SURVEY_VILLAGE, "attendance", 46, "confirmed", confirm,
                "dismissed", List.of(
                        Map.of("householdId", dismiss.get(0), "dismissal", "NOT_POOR",
                                "reason", "ตรวจสอบแล้วมีรายได้จากสวนผลไม้เกินเกณฑ์"),
                        Map.of("householdId", dismiss.get(1), "dismissal", "MOVED",
                                "reason", "ย้ายไปอยู่กับบุตรที่กรุงเทพฯ"))));
        if (forum.ok()) {
            confirmed = confirm.size();
            dismissed = dismiss.size();
        } else {
            failures.add("forum: " + forum);
        }
    }

    /** Eight survey rows in the forum's village, the same people on every run. */
    private static byte[] surveyFile() {
        StringBuilder file = new StringBuilder("national_id,first_name,last_name,house_number,village_code,members,"
                + "income_per_person,failed_indicators,phone,address\n");
        String[] names = {"สมจิต ทองดี", "บุญเรือน แสงจันทร์", "ประเสริฐ มีสุข", "มณี ศรีสวัสดิ์", "สุดใจ พูลผล",
            "ทองใบ เกิดผล", "คำปุ่น ใจงาม", "สำราญ รักดี"};
        for (int i = 0; i < SURVEY_ROWS; i++) {
            String[] name = names[i].split(" ");
            file.append(String.join(",", NationalIds.withCheckDigit("3240%08d".formatted(5001 + i)), name[0], name[1],
                    "2401%07d".formatted(4051 + i), SURVEY_VILLAGE, String.valueOf(3 + i % 3),
                    String.valueOf(21_000 + 1_500 * i), "8;23", "08614%05d".formatted(i), "\"" + (11 + i) + " หมู่ 5 ต.คลองนา\""))
                    .append('\n');
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The demo's verified households still in the programme (those of its villages), in area then
     * id order: the same order on every run.
     */
    private List<JsonNode> verifiedHouseholds() {
        Set<String> villages = new HashSet<>(Set.of(SURVEY_VILLAGE));
        new ChachoengsaoDemo().households().forEach(household -> villages.add(household.villageCode()));
        List<JsonNode> found = new ArrayList<>();
        String after = "";
        do {
            JsonNode page = households.get(HOUSEHOLD_LIST + "?area=" + ChachoengsaoDemo.PROVINCE
                    + "&limit=500" + (after.isEmpty() ? "" : "&after=" + after)).json();
            page.path("items").forEach(found::add);
            after = page.path("next").asText("");
        } while (!after.isEmpty());
        return found.stream()
                .filter(h -> villages.contains(h.path("villageCode").asText()))
                .filter(h -> !Set.of("CANDIDATE", "DISMISSED", "CLOSED").contains(h.path("status").asText()))
                .sorted(Comparator.comparing((JsonNode h) -> h.path("villageCode").asText())
                        .thenComparing(h -> h.path("householdId").asText()))
                .toList();
    }

    /**
     * Step 1 (ชี้เป้าชีวิต) as far as the household's stage takes it: 7 stays identified, 6 is
     * visited, 5 assessed, the rest have their Family Folder and are classified (0 into group ก).
     * Returns whether it is classified.
     */
    private boolean stepOne(String id, int stage) {
        if (stage == 7) {
            return false;
        }
        JsonNode household = households.get(HOUSEHOLDS + id).json();
        long version = household.path("version").asLong();
        if (household.path("visits").asInt() == 0) {
            version = household(id, "visits", version, Map.of("visitedOn", today.toString(),
                    "visitedBy", List.of("พัฒนากร", "ผู้นำ อช."), "notes", "เคาะประตูบ้าน พูดคุยกับหัวหน้าครัวเรือน"));
        }
        visited++;
        if (stage == 6) {
            return false;
        }
        String status = household.path("status").path("code").asText();
        if ("IDENTIFIED".equals(status) || "VISITED".equals(status)) {
            version = household(id, "assessment", version, Map.of("assessedOn", today.toString(),
                    "attitude", Map.of("willingToChange", true, "notes", "อยากมีอาชีพเสริม"),
                    "skills", Map.of("workingMembers", 2, "skills", List.of("ทอผ้า", "ทำขนม")),
                    "resources", Map.of("landRai", 1, "ownsLand", false, "meansOfProduction", List.of("จักรเย็บผ้า")),
                    "wayOut", Map.of("direction", "ทำขนมขายในตลาดนัดชุมชน")));
        }
        assessed++;
        if (stage == 5) {
            return false;
        }
        if (!household.path("povertyCausesRecorded").asBoolean()) {
            version = household(id, "poverty-causes", version, Map.of("reason", "สมุดบันทึกรายครัวเรือน (Family Folder)",
                    "causes", List.of(Map.of("dimension", "INCOME", "description", "รายได้ไม่แน่นอน มีหนี้นอกระบบ"),
                            Map.of("dimension", "EDUCATION", "description", "ขาดทักษะอาชีพ"))));
        }
        if (!household.path("povertyCausesAcknowledged").asBoolean()) {
            version = household(id, "poverty-causes/acknowledgement", version, Map.of("acknowledgedOn", today.toString()));
        }
        if (!"CLASSIFIED".equals(status) && !"GRADUATED".equals(status)) {
            boolean welfare = stage == 0;
            household(id, "classification", version, Map.of("group", welfare ? "WELFARE" : "SELF_DEVELOPING",
                    "welfareNeeds", welfare ? List.of("ELDERLY_CARE", "ALLOWANCE") : List.of(),
                    "reason", welfare ? "ผู้สูงอายุอยู่ลำพัง ไม่มีแรงงาน" : "มีแรงงานและทักษะ พัฒนาตนเองได้"));
        }
        classified++;
        if (stage == 0) {
            needingCare++;
        }
        return true;
    }

    /** Until household.events has brought the welfare office its first referrals, on the first load. */
    private static void awaitWork(DemoClient welfare) {
        Instant deadline = Instant.now().plus(EVENTS_ARRIVE);
        while (Instant.now().isBefore(deadline)
                && welfare.get("/api/v1/problems?limit=1").json().path("items").isEmpty()) {
            DemoClient.pause();
        }
    }

    /** A command on the household at the version read; returns the version after it (unchanged when refused). */
    private long household(String id, String command, long version, Object body) {
        var answer = households.command(HOUSEHOLDS + id + "/" + command, version, body);
        if (!answer.ok()) {
            failures.add(command + " of " + id + ": " + answer);
            return version;
        }
        return answer.version();
    }

    /**
     * Steps 2 to 4 for a household of group ข: its compass drawn up once plan-service holds it
     * eligible; all but every sixth signed (MOU), followed with progress and monthly incomes;
     * every third helped by a partner agency; the first leaving poverty on three months above the line.
     */
    private void stepsTwoToFour(String householdId, int index) {
        JsonNode existing = plans.get(HOUSEHOLDS + householdId + "/plans").json();
        String planId = existing.isEmpty() ? draft(householdId) : existing.get(0).path("planId").asText();
        if (planId == null) {
            return;
        }
        planned++;
        if (index % 6 == 5) {
            return;
        }
        JsonNode plan = plans.get("/api/v1/plans/" + planId).json();
        long version = plan.path("version").asLong();
        if ("DRAFT".equals(plan.path("status").path("code").asText())) {
            var signed = plans.command("/api/v1/plans/" + planId + "/agreement", version, Map.of("signedOn", today.toString(),
                    "place", "ศาลาประชาคมหมู่บ้าน", "householdSignatory", "HEAD", "householdSigned", true,
                    "teamSignatories", List.of(Map.of("name", "นางสาวมาลี ดีงาม", "position", "พัฒนากร")),
                    "reason", "ลงนาม MOU เข็มทิศชีวิต"));
            if (!signed.ok()) {
                failures.add("agreement of " + planId + ": " + signed);
                return;
            }
            version = signed.version();
            var progress = plans.command("/api/v1/plans/" + planId + "/activities/A1/progress", version,
                    Map.of("status", "IN_PROGRESS", "progressOn", today.toString(), "note", "จดบัญชีครบทุกวัน"));
            version = progress.ok() ? progress.version() : version;
        }
        agreed++;
        needingCare++;
        boolean leavesPoverty = index == 0;
        version = incomes(planId, version, leavesPoverty);
        followedUp++;
        if (index % 3 == 0 && plans.get("/api/v1/plans/" + planId + "/assistance").json().isEmpty()) {
            var help = agency.command("/api/v1/plans/" + planId + "/assistance", version, Map.of(
                    "agency", AgencyDemo.AGRICULTURE, "kind", "MEANS_OF_PRODUCTION", "amountThb", 3500,
                    "deliveredOn", today.toString(), "activityId", "A3", "description", "พันธุ์ไก่ไข่และอาหารไก่"));
            if (!help.ok()) {
                failures.add("assistance to " + planId + ": " + help);
            }
        }
        if (leavesPoverty) {
            graduate(householdId);
        }
    }

    /** Whether plan-service holds the household eligible, once household.events has brought step 1 there. */
    private DemoClient.Answer eligibility(String householdId) {
        Instant deadline = Instant.now().plus(EVENTS_ARRIVE);
        var answer = plans.get(HOUSEHOLDS + householdId + "/plan-eligibility");
        while (!answer.json().path("eligible").asBoolean() && Instant.now().isBefore(deadline)) {
            DemoClient.pause();
            answer = plans.get(HOUSEHOLDS + householdId + "/plan-eligibility");
        }
        return answer;
    }

    /** A compass drawn up once plan-service holds the household eligible; null when it was refused. */
    private String draft(String householdId) {
        var eligibility = eligibility(householdId);
        if (!eligibility.json().path("eligible").asBoolean()) {
            failures.add("compass of " + householdId + ": plan-service did not hold it eligible in time: " + eligibility);
            return null;
        }
        var drafted = plans.created(HOUSEHOLDS + householdId + "/plans", "demo-compass-" + householdId, Map.of(
                "draftedOn", today.toString(), "reason", "จัดทำเข็มทิศชีวิตร่วมกับครัวเรือน", "content", Map.of(
                        "goals", List.of(
                                Map.of("sufficiency", "SUFFICIENT_LIVELIHOOD", "description", "มีรายได้จากการทำขนมขาย"),
                                Map.of("sufficiency", "SUFFICIENT_HAPPINESS", "description", "ลด ละ เลิก อบายมุข"),
                                Map.of("sufficiency", "WARM_FAMILY", "description", "กินข้าวพร้อมหน้ากันทุกเย็น")),
                        "capital", List.of(Map.of("kind", "HUMAN", "description", "แรงงาน 2 คน มีฝีมือทำขนม")),
                        "potential", "ฝีมือทำขนมไทย", "occupations", List.of("ทำขนมขาย"),
                        "targetAnnualIncomePerPersonThb", 42_000,
                        "activities", List.of(
                                Map.of("part", "HOUSEHOLD", "kind", "KEEP_ACCOUNT_BOOK", "description", "จดบัญชีรายรับรายจ่ายทุกวัน"),
                                Map.of("part", "COMMUNITY", "kind", "SAVINGS_GROUP", "description", "เข้ากลุ่มออมทรัพย์ของหมู่บ้าน"),
                                Map.of("part", "AGENCY", "kind", "OCCUPATION_SUPPORT", "description", "ส่งเสริมอาชีพเลี้ยงไก่ไข่",
                                        "agency", AgencyDemo.AGRICULTURE, "help", "พันธุ์ไก่และอาหาร", "budgetThb", 3500),
                                Map.of("part", "AGENCY", "kind", "OCCUPATION_SUPPORT", "description", "ทุนตั้งต้นทำขนมขาย",
                                        "agency", AgencyDemo.WELFARE, "help", "เงินอุดหนุนเพื่อการประกอบอาชีพ",
                                        "budgetThb", 3000)))));
        if (drafted.status() != 201 && drafted.status() != 200) {
            failures.add("compass of " + householdId + ": " + drafted);
            return null;
        }
        return drafted.json().path("planId").asText();
    }

    /**
     * The last three months' incomes, those not measured yet: above the poverty line for the
     * household that leaves poverty, below it for the others.
     */
    private long incomes(String planId, long version, boolean aboveTheLine) {
        Set<String> measured = new HashSet<>();
        plans.get("/api/v1/plans/" + planId + "/incomes").json().forEach(m -> measured.add(m.path("month").asText()));
        YearMonth thisMonth = YearMonth.now(Thailand.ZONE);
        for (int back = 3; back >= 1; back--) {
            YearMonth month = thisMonth.minusMonths(back);
            if (measured.contains(month.toString())) {
                continue;
            }
            var recorded = plans.command("/api/v1/plans/" + planId + "/incomes", version, Map.of("month", month.toString(),
                    "householdMembers", 3, "reason", "สรุปจากบัญชีครัวเรือน", "sources", List.of(
                            Map.of("source", "TRADE", "monthlyAmountThb", aboveTheLine ? 12_000 : 6_000 + 500 * back))));
            if (!recorded.ok()) {
                failures.add("income of " + planId + " for " + month + ": " + recorded);
                return version;
            }
            version = recorded.version();
        }
        return version;
    }

    /** Leaves poverty once household-service has read the three months from plan.events. */
    private void graduate(String householdId) {
        Instant deadline = Instant.now().plus(EVENTS_ARRIVE);
        while (Instant.now().isBefore(deadline)) {
            JsonNode household = households.get(HOUSEHOLDS + householdId).json();
            if ("GRADUATED".equals(household.path("status").path("code").asText())) {
                graduated++;
                needingCare--;
                return;
            }
            var answer = households.command(HOUSEHOLDS + householdId + "/graduation", household.path("version").asLong(),
                    Map.of("graduatedOn", today.toString(), "reason", "รายได้ต่อคนเกินเกณฑ์ จปฐ. 3 เดือนติดต่อกัน"));
            if (answer.ok()) {
                graduated++;
                needingCare--; // out of the programme: no carer is sought for it
                return;
            }
            DemoClient.pause();
        }
        failures.add("graduation of " + householdId + ": household-service did not see the incomes in time");
    }

    private static List<String> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.path("householdId").asText())
                .sorted().toList();
    }
}
