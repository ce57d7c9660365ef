package th.poverty.team.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static th.poverty.team.Api.FIELD_TEAM;
import static th.poverty.team.Api.as;
import static th.poverty.team.Api.assign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.domain.Thailand;
import th.poverty.team.Api;
import th.poverty.team.HouseholdEventsTopic;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "team"))
class ProjectionRebuildTest {

    private static final String VILLAGE = "24040703";

    @Inject
    Pool pool;

    @Test
    void theReadModelsAreRebuiltFromTheEventStoreAsTheyWere() {
        var team = Api.formSmileTeam("240407", VILLAGE, "ผู้นำ สองคลอง").statusCode(201).extract();
        String teamId = team.path("teamId");
        String carer = as(Api.PROVINCE_OFFICER).body("{\"teamId\": \"%s\", \"memberId\": \"%s\"}".formatted(teamId,
                        team.path("members.find { it.role.code == 'CDD_VOLUNTEER_LEADER' }.memberId")))
                .post("/api/v1/carers").then().statusCode(201).extract().path("carerId");
        List<String> households = HouseholdEventsTopic.needingCare(pool, VILLAGE, 2);
        households.forEach(h -> assign(carer, h).statusCode(200));
        as(FIELD_TEAM).body("{\"release\": \"OTHER\", \"reason\": \"ทดสอบ\"}")
                .post("/api/v1/carers/{c}/households/{h}/release", carer, households.getFirst()).then().statusCode(200);
        LocalDate today = LocalDate.now(Thailand.ZONE);
        as(FIELD_TEAM).body("{\"visitedOn\": \"%s\", \"seen\": \"สบายดี\", \"nextVisitDue\": \"%s\"}"
                        .formatted(today, today.plusDays(10)))
                .post("/api/v1/carers/{c}/households/{h}/visits", carer, households.getLast()).then().statusCode(200);
        as(Api.PROVINCE_OFFICER).body("{\"villageCode\": \"%s\", \"nameTh\": \"บ้านทดสอบสองคลอง\", \"reason\": \"ทดสอบ\"}"
                .formatted(VILLAGE)).post("/api/v1/villages").then().statusCode(201);
        as(Api.PROVINCE_OFFICER).header("If-Match", "\"1\"").body("{\"nameTh\": \"บ้านทดสอบสองคลองใหม่\", \"reason\": \"ทดสอบ\"}")
                .post("/api/v1/villages/{v}/renaming", VILLAGE).then().statusCode(200);
        List<String> before = snapshot(teamId, carer);

        as(FIELD_TEAM).post("/api/v1/admin/projections/rebuild").then().statusCode(403);
        as(Tokens.bearer("ministry", "ministry", "")).post("/api/v1/admin/projections/rebuild").then().statusCode(200)
                .body("eventsReplayed", greaterThanOrEqualTo(10));

        assertThat(snapshot(teamId, carer)).isEqualTo(before).hasSize(9);
    }

    private List<String> snapshot(String teamId, String carerId) {
        List<String> rows = new ArrayList<>();
        rows.addAll(rows("select (kind, name, province_code, district_code, tambon_code, formed_on, active_members, version)"
                + "::text from teams where team_id = $1", teamId));
        rows.addAll(rows("select (member_id, name, role, village_code, joined_on, left_on)::text from team_members "
                + "where team_id = $1 order by member_id", teamId));
        rows.addAll(rows("select (name, role, village_code, team_id, member_id, active_households, version)::text from carers "
                + "where carer_id = $1", carerId));
        rows.addAll(rows("select (version, household_id, assigned_on, released_on, release_reason, last_visited_on, "
                + "next_visit_due)::text from care_assignments where carer_id = $1 order by version", carerId));
        rows.addAll(rows("select (version, household_id, visited_on, next_visit_due)::text from care_visits "
                + "where carer_id = $1 order by version", carerId));
        rows.addAll(rows("select (province_code, district_code, tambon_code, moo, name_th, name_en, status, version)::text "
                + "from villages where village_code = $1", VILLAGE));
        return rows;
    }

    private List<String> rows(String sql, String id) {
        List<String> rows = new ArrayList<>();
        pool.preparedQuery(sql).execute(Tuple.of(id)).await().indefinitely().forEach(row -> rows.add(row.getString(0)));
        return rows;
    }
}
