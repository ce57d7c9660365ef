package th.poverty.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.poverty.testing.TokenKeys;

/**
 * The Chachoengsao Smile Teams (seed 000: 31 teams across the province's 11 districts), loaded
 * through team-service's public API as a provincial officer would: each team of one ผู้นำ อช.,
 * one พัฒนากร and the district's ชช.; the volunteer leaders (and, where demo households live,
 * the tambon coordinators) registered as carers; then a province-wide assignment proposal,
 * confirmed, gives the demo households that need one (an agreed compass or group ก) their carers.
 * Teams and carers carry one Idempotency-Key each and a proposal only takes households still
 * waiting, so loading twice adds nothing.
 */
public final class TeamDemo {

    private static final String DATA = "chachoengsao-teams.json";
    private static final String FORMED_ON = "2026-09-01";
    private static final Duration HOUSEHOLDS_ARRIVE = Duration.ofSeconds(60);
    private static final String ALREADY_A_CARER = "already-a-carer";
    private static final String COVERAGE = "/api/v1/care/coverage?area=" + ChachoengsaoDemo.PROVINCE;

    private final ObjectMapper json = new ObjectMapper();

    /** One Smile Team; {@code caring} names the roles of its members who are registered as carers. */
    record DemoTeam(int number, String tambonCode, String name, Leader leader, String coordinator, String specialist,
                    List<String> caring) {

        Map<String, Object> formation() {
            return Map.of("kind", "SMILE_TEAM", "name", name, "areaCode", tambonCode, "formedOn", FORMED_ON,
                    "reason", "Smile Team แก้จนด้วยใจ จังหวัดฉะเชิงเทรา",
                    "members", List.of(
                            Map.of("name", leader.name(), "role", "CDD_VOLUNTEER_LEADER", "villageCode", leader.villageCode()),
                            Map.of("name", coordinator, "role", "TAMBON_COORDINATOR"),
                            Map.of("name", specialist, "role", "DISTRICT_POVERTY_SPECIALIST")));
        }
    }

    record Leader(String name, String villageCode) {
    }

    /** What a load did; {@code failures} holds one line per request that was refused. */
    public record Result(int teamsFormed, int teamsAlreadyLoaded, int carersRegistered, int carersAlreadyLoaded,
                         int householdsAssigned, int householdsWaiting, List<String> failures) {

        public String summary() {
            return String.format("Chachoengsao Smile Teams: %d new, %d already loaded; carers %d new, %d already; "
                            + "%d households assigned a carer now, %d still waiting%s.", teamsFormed, teamsAlreadyLoaded,
                    carersRegistered, carersAlreadyLoaded, householdsAssigned, householdsWaiting,
                    failures.isEmpty() ? "" : "; " + failures.size() + " refused:\n  " + String.join("\n  ", failures));
        }
    }

    /** The subject the console's demo carer signs in with. */
    static final String DEMO_CARER = "demo-carer";

    List<DemoTeam> teams() {
        try (InputStream in = TeamDemo.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException(DATA + " is missing from the classpath");
            }
            return json.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param households        how many demo households team-service should know of before
     *                          assignments are proposed: they arrive through Kafka from household-service
     * @param needingCare       how many of them need a carer (an agreed compass or group ก), which
     *                          team-service learns through Kafka too
     */
    public Result load(URI teamService, TokenKeys keys, int households, int needingCare) {
        var client = new DemoClient(teamService,
                keys.mint("demo-loader", Set.of("province-officer"), ChachoengsaoDemo.PROVINCE, Duration.ofMinutes(30)));
        int formed = 0;
        int teamsAlready = 0;
        int registered = 0;
        int carersAlready = 0;
        List<String> failures = new ArrayList<>();
        for (DemoTeam team : teams()) {
            var formation = client.created("/api/v1/teams", "demo-team-" + team.number(), team.formation());
            if (formation.status() != 201 && formation.status() != 200) {
                failures.add("demo-team-" + team.number() + ": " + formation);
                continue;
            }
            if (formation.status() == 201) {
                formed++;
            } else {
                teamsAlready++;
            }
            for (String role : team.caring()) {
                String key = "demo-carer-" + team.number() + "-" + role;
                var registration = client.created("/api/v1/carers", key,
                        Map.of("teamId", formation.json().path("teamId").asText(), "memberId", memberId(formation.json(), role),
                                "reason", "ดูแลครัวเรือนเป้าหมาย"));
                switch (registration.status()) {
                    case 201 -> registered++;
                    case 200 -> carersAlready++;
                    default -> {
                        if (ALREADY_A_CARER.equals(registration.problem())) {
                            carersAlready++;
                        } else {
                            failures.add(key + ": " + registration);
                        }
                    }
                }
            }
        }
        awaitHouseholds(client, households, needingCare);
        int assigned = assignWaitingHouseholds(client, failures);
        linkDemoCarer(teamService, keys, client, failures);
        int waiting = client.get(COVERAGE).json().path("households").path("withoutCarer").asInt();
        return new Result(formed, teamsAlready, registered, carersAlready, assigned, waiting, List.copyOf(failures));
    }

    private static String memberId(JsonNode team, String role) {
        for (JsonNode member : team.path("members")) {
            if (role.equals(member.path("role").path("code").asText())) {
                return member.path("memberId").asText();
            }
        }
        throw new IllegalStateException("team " + team.path("teamId").asText() + " has no " + role);
    }

    /** household-service's and plan-service's events reach team-service through Kafka, a moment after they were loaded. */
    private static void awaitHouseholds(DemoClient client, int households, int needingCare) {
        Instant deadline = Instant.now().plus(HOUSEHOLDS_ARRIVE);
        while (Instant.now().isBefore(deadline)) {
            JsonNode known = client.get(COVERAGE).json().path("households");
            if (known.path("identified").asInt() >= households
                    && known.path("withCarer").asInt() + known.path("withoutCarer").asInt() >= needingCare) {
                return;
            }
            DemoClient.pause();
        }
    }

    /**
     * Links the console's demo carer (who signs in as {@value #DEMO_CARER}) to the first carer of
     * the province's caseload with households, so their "my households" has a round to show.
     */
    private static void linkDemoCarer(URI teamService, TokenKeys keys, DemoClient client, List<String> failures) {
        var carer = new DemoClient(teamService, keys.mint(DEMO_CARER, Set.of("field-team"), ChachoengsaoDemo.PROVINCE,
                Duration.ofMinutes(5)));
        if (carer.get("/api/v1/care/my-households").ok()) {
            return;
        }
        for (JsonNode load : client.get("/api/v1/care/caseload?area=" + ChachoengsaoDemo.PROVINCE).json()) {
            if (load.path("households").asInt() > 0) {
                var linked = client.post("/api/v1/carers/" + load.path("carerId").asText() + "/account",
                        Map.of("account", DEMO_CARER, "reason", "บัญชีผู้ดูแลตัวอย่างของระบบทดลอง"));
                if (!linked.ok()) {
                    failures.add("account of the demo carer: " + linked);
                }
                return;
            }
        }
    }

    /** Proposes carers for every waiting household of the province and confirms the proposal as it stands. */
    private static int assignWaitingHouseholds(DemoClient client, List<String> failures) {
        var drafted = client.post("/api/v1/care/proposals", Map.of("areaCode", ChachoengsaoDemo.PROVINCE));
        if (drafted.status() != 201) {
            failures.add("proposal: " + drafted);
            return 0;
        }
        if (drafted.json().path("matches").isEmpty()) {
            return 0;
        }
        var confirmed = client.post("/api/v1/care/proposals/" + drafted.json().path("proposalId").asText() + "/confirmation",
                Map.of("reason", "มอบหมายผู้ดูแลครัวเรือนเป้าหมาย 1 คนต่อไม่เกิน 3 ครัวเรือน"));
        JsonNode outcome = confirmed.json().path("outcome");
        if (confirmed.status() != 200) {
            failures.add("confirmation: " + confirmed);
        }
        outcome.path("refused").forEach(refusal -> failures.add("assignment of " + refusal.path("householdId").asText()
                + ": " + refusal.path("detail").asText()));
        return outcome.path("assigned").size();
    }
}
