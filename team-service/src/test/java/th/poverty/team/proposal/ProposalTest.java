package th.poverty.team.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static th.poverty.team.Api.as;
import static th.poverty.team.Api.assign;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.team.Api;
import th.poverty.team.HouseholdEventsTopic;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

/** A district drafts carers for its waiting households, reviews the proposal and confirms it as a batch. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "team"))
class ProposalTest {

    private static final String DISTRICT_OFFICER = Tokens.bearer("phanom", "district-officer", "2406");
    private static final String NONG_YAO_8 = "24060508";
    private static final String NONG_YAO_9 = "24060509";

    @Inject
    Pool pool;

    @Test
    void aProposalIsDraftedReviewedAndConfirmedUnderTheRulesOfTheMomentOfConfirming() {
        var team = Api.formSmileTeam("240605", NONG_YAO_8, "ผู้นำ หมู่แปด").statusCode(201).extract();
        String leader = registerMember(team.path("teamId"),
                team.path("members.find { it.role.code == 'CDD_VOLUNTEER_LEADER' }.memberId"));
        String coordinator = registerMember(team.path("teamId"),
                team.path("members.find { it.role.code == 'TAMBON_COORDINATOR' }.memberId"));
        String neighbour = Api.communityLeaderCarer(NONG_YAO_9, "ผู้ใหญ่ หมู่เก้า");
        List<String> village8 = HouseholdEventsTopic.needingCare(pool, NONG_YAO_8, 4);
        String village9 = HouseholdEventsTopic.needingCare(pool, NONG_YAO_9);
        String faraway = HouseholdEventsTopic.needingCare(pool, "24060801");

        JsonPath proposal = as(DISTRICT_OFFICER).body("{\"areaCode\": \"2406\"}").post("/api/v1/care/proposals").then()
                .statusCode(201).body("status", equalTo("DRAFT")).body("matches", hasSize(5))
                .body("unmatched.householdId", equalTo(List.of(faraway)))
                .extract().jsonPath();
        List<Map<String, String>> matches = proposal.getList("matches");
        Map<String, String> carerOf = matches.stream().collect(Collectors.toMap(m -> m.get("householdId"), m -> m.get("carerId")));
        assertThat(village8.stream().filter(h -> carerOf.get(h).equals(leader))).hasSize(3);
        String toTambonCarer = village8.stream().filter(h -> !carerOf.get(h).equals(leader)).findFirst().orElseThrow();
        assertThat(carerOf.get(toTambonCarer)).as("the least loaded of the tambon's carers").isEqualTo(coordinator);
        assertThat(proposal.getString("matches.find { it.householdId == '%s' }.match.code".formatted(toTambonCarer)))
                .isEqualTo("SAME_TAMBON");
        assertThat(carerOf.get(village9)).isEqualTo(neighbour);
        assertThat(countCarerAssigned(leader)).as("a draft assigns nothing").isZero();

        // meanwhile the neighbour takes three other households directly
        HouseholdEventsTopic.needingCare(pool, NONG_YAO_9, 3).forEach(h -> assign(neighbour, h).statusCode(200));

        String id = proposal.getString("proposalId");
        as(Api.FIELD_TEAM).body("{\"reason\": \"x\"}").post("/api/v1/care/proposals/{id}/confirmation", id).then()
                .statusCode(403);
        as(DISTRICT_OFFICER).body("{\"exclude\": [\"%s\"], \"reason\": \"ทบทวนในที่ประชุมอำเภอ\"}".formatted(toTambonCarer))
                .post("/api/v1/care/proposals/{id}/confirmation", id).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("confirmedBy", equalTo("phanom"))
                .body("outcome.assigned", hasSize(3))
                .body("outcome.excluded", equalTo(List.of(toTambonCarer)))
                .body("outcome.refused.householdId", equalTo(List.of(village9)))
                .body("outcome.refused[0].type", equalTo("/problems/carer-at-capacity"));
        assertThat(countCarerAssigned(leader)).isEqualTo(3);
        assertThat(count("select count(*) from care_assignments where proposal_id = $1::uuid", id)).isEqualTo(3);

        as(DISTRICT_OFFICER).body("{\"reason\": \"อีกครั้ง\"}").post("/api/v1/care/proposals/{id}/confirmation", id)
                .then().statusCode(409).body("type", equalTo("/problems/proposal-already-confirmed"));
        as(Tokens.bearer("bangkhla", "district-officer", "2402")).get("/api/v1/care/proposals/{id}", id).then()
                .statusCode(404);
    }

    @Test
    void aProposalIsForAnAreaWithinTheCallersOwn() {
        as(DISTRICT_OFFICER).body("{\"areaCode\": \"2401\"}").post("/api/v1/care/proposals").then().statusCode(403);
        as(DISTRICT_OFFICER).body("{\"areaCode\": \"2499\"}").post("/api/v1/care/proposals").then().statusCode(404);
        as(DISTRICT_OFFICER).body("{\"areaCode\": \"x\"}").post("/api/v1/care/proposals").then().statusCode(400)
                .body("field", equalTo("areaCode"));
    }

    private static String registerMember(String teamId, String memberId) {
        return as(Api.PROVINCE_OFFICER).body("{\"teamId\": \"%s\", \"memberId\": \"%s\"}".formatted(teamId, memberId))
                .post("/api/v1/carers").then().statusCode(201).extract().path("carerId");
    }

    private long countCarerAssigned(String carer) {
        return count("select count(*) from events where stream_id = $1 and type = 'CarerAssigned'", carer);
    }

    private long count(String sql, String id) {
        return pool.preparedQuery(sql).execute(Tuple.of(id)).await().indefinitely().iterator().next().getLong(0);
    }
}
