package th.poverty.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * confirmed, gives the demo households their carers. Teams and carers carry one Idempotency-Key
 * each and a proposal only takes households still waiting, so loading twice adds nothing.
 */
public final class TeamDemo {

    private static final String DATA = "chachoengsao-teams.json";
    private static final String FORMED_ON = "2026-09-01";
    private static final Duration HOUSEHOLDS_ARRIVE = Duration.ofSeconds(60);
    private static final String ALREADY_A_CARER = "/problems/already-a-carer";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

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
     * @param households how many demo households team-service should know of before assignments
     *                   are proposed: they arrive through Kafka from household-service
     */
    public Result load(URI teamService, TokenKeys keys, int households) {
        String token = keys.mint("demo-loader", Set.of("province-officer"), ChachoengsaoDemo.PROVINCE, Duration.ofMinutes(30));
        int formed = 0;
        int teamsAlready = 0;
        int registered = 0;
        int carersAlready = 0;
        List<String> failures = new ArrayList<>();
        for (DemoTeam team : teams()) {
            HttpResponse<String> formation = post(teamService.resolve("/api/v1/teams"), token, "demo-team-" + team.number(),
                    team.formation());
            if (formation.statusCode() != 201 && formation.statusCode() != 200) {
                failures.add("demo-team-" + team.number() + ": " + formation.statusCode() + " " + formation.body());
                continue;
            }
            if (formation.statusCode() == 201) {
                formed++;
            } else {
                teamsAlready++;
            }
            JsonNode view = readTree(formation.body());
            for (String role : team.caring()) {
                String key = "demo-carer-" + team.number() + "-" + role;
                HttpResponse<String> registration = post(teamService.resolve("/api/v1/carers"), token, key,
                        Map.of("teamId", view.path("teamId").asText(), "memberId", memberId(view, role),
                                "reason", "ดูแลครัวเรือนเป้าหมาย"));
                switch (registration.statusCode()) {
                    case 201 -> registered++;
                    case 200 -> carersAlready++;
                    default -> {
                        if (ALREADY_A_CARER.equals(readTree(registration.body()).path("type").asText())) {
                            carersAlready++;
                        } else {
                            failures.add(key + ": " + registration.statusCode() + " " + registration.body());
                        }
                    }
                }
            }
        }
        awaitHouseholds(teamService, token, households);
        int assigned = assignWaitingHouseholds(teamService, token, failures);
        int waiting = readTree(get(teamService.resolve("/api/v1/care/coverage?area=" + ChachoengsaoDemo.PROVINCE), token)
                .body()).path("households").path("withoutCarer").asInt();
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

    /** household-service's events reach team-service through Kafka, a moment after they were loaded. */
    private void awaitHouseholds(URI teamService, String token, int households) {
        Instant deadline = Instant.now().plus(HOUSEHOLDS_ARRIVE);
        URI coverage = teamService.resolve("/api/v1/care/coverage?area=" + ChachoengsaoDemo.PROVINCE);
        while (readTree(get(coverage, token).body()).path("households").path("identified").asInt() < households
                && Instant.now().isBefore(deadline)) {
            pause();
        }
    }

    /** Proposes carers for every waiting household of the province and confirms the proposal as it stands. */
    private int assignWaitingHouseholds(URI teamService, String token, List<String> failures) {
        HttpResponse<String> drafted = post(teamService.resolve("/api/v1/care/proposals"), token, null,
                Map.of("areaCode", ChachoengsaoDemo.PROVINCE));
        JsonNode proposal = readTree(drafted.body());
        if (drafted.statusCode() != 201) {
            failures.add("proposal: " + drafted.statusCode() + " " + drafted.body());
            return 0;
        }
        if (proposal.path("matches").isEmpty()) {
            return 0;
        }
        HttpResponse<String> confirmed = post(teamService.resolve("/api/v1/care/proposals/"
                        + proposal.path("proposalId").asText() + "/confirmation"), token, null,
                Map.of("reason", "มอบหมายผู้ดูแลครัวเรือนเป้าหมาย 1 คนต่อไม่เกิน 3 ครัวเรือน"));
        JsonNode outcome = readTree(confirmed.body()).path("outcome");
        if (confirmed.statusCode() != 200) {
            failures.add("confirmation: " + confirmed.statusCode() + " " + confirmed.body());
        }
        outcome.path("refused").forEach(refusal -> failures.add("assignment of " + refusal.path("householdId").asText()
                + ": " + refusal.path("detail").asText()));
        return outcome.path("assigned").size();
    }

    private HttpResponse<String> post(URI uri, String token, String idempotencyKey, Object body) {
        try {
            var request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            return send(request.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(URI uri, String token) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach team-service at " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode readTree(String body) {
        try {
            return body.isBlank() ? json.missingNode() : json.readTree(body);
        } catch (IOException notJson) {
            return json.missingNode();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
