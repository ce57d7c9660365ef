package th.poverty.team.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.domain.Thailand;
import th.poverty.team.Api;
import th.poverty.team.HouseholdEventsTopic;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

/**
 * One carer for three households "for example": a province sets its own cap from a date on, with
 * who and why; a higher cap lets carers take more, a lower one releases no one and takes no more.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "team"))
class CarerCapTest {

    /** Nakhon Nayok: no other test sets a cap or assigns there. */
    private static final String PROVINCE = "26";
    private static final String VILLAGE = "26010101";
    private static final String OFFICER = Tokens.bearer("nayok", "province-officer", PROVINCE);
    private static final String FIELD_TEAM = Tokens.bearer("nayok-team", "field-team", PROVINCE);
    private static final String TODAY = LocalDate.now(Thailand.ZONE).toString();

    @Inject
    Pool pool;

    private static ValidatableResponse setCap(String token, String province, Object households, String from) {
        return Api.as(token).body("{\"households\": %s, \"effectiveFrom\": \"%s\", \"reason\": \"ผู้ดูแลในจังหวัดมีน้อย\"}"
                .formatted(households, from)).put("/api/v1/care/caps/{p}", province).then();
    }

    private static ValidatableResponse assign(String carer, String household) {
        return Api.as(FIELD_TEAM).body("{\"householdId\": \"%s\", \"reason\": \"ดูแลตามแผน\"}".formatted(household))
                .post("/api/v1/carers/{carerId}/households", carer).then();
    }

    @Test
    void aProvinceSetsItsCapFromADateAndALowerCapReleasesNoOne() {
        Api.as(FIELD_TEAM).get("/api/v1/care/caps/{p}", PROVINCE).then().statusCode(200)
                .body("households", equalTo(3)).body("changes.size()", equalTo(0));
        setCap(FIELD_TEAM, PROVINCE, 4, TODAY).statusCode(403);
        setCap(Tokens.bearer("korat", "province-officer", "30"), PROVINCE, 4, TODAY).statusCode(403);
        setCap(OFFICER, PROVINCE, 11, TODAY).statusCode(400);
        setCap(OFFICER, PROVINCE, 3, TODAY).statusCode(409).body("type", equalTo("/problems/cap-unchanged"));
        setCap(OFFICER, "2601", 4, TODAY).statusCode(404);

        setCap(OFFICER, PROVINCE, 4, TODAY).statusCode(200).body("households", equalTo(4));
        String carer = Api.as(OFFICER).body("""
                        {"name": "ผู้ดูแล นครนายก", "role": "COMMUNITY_LEADER", "areaCode": "%s", "reason": "อาสา"}"""
                        .formatted(VILLAGE))
                .post("/api/v1/carers").then().statusCode(201).body("capacity", equalTo(4)).extract().path("carerId");
        List<String> households = HouseholdEventsTopic.identified(pool, VILLAGE, 5);
        for (String household : households.subList(0, 4)) {
            assign(carer, household).statusCode(200);
        }
        assign(carer, households.get(4)).statusCode(409).body("type", equalTo("/problems/carer-at-capacity"));

        // lowered to two: the four households keep their carer, who takes no more
        setCap(OFFICER, PROVINCE, 2, TODAY).statusCode(200).body("households", equalTo(2));
        Api.as(FIELD_TEAM).get("/api/v1/carers/{id}", carer).then().statusCode(200)
                .body("caredFor", equalTo(4)).body("capacity", equalTo(2)).body("freePlaces", equalTo(0));
        assign(carer, households.get(4)).statusCode(409).body("type", equalTo("/problems/carer-at-capacity"));
        Api.as(FIELD_TEAM).queryParam("area", PROVINCE).queryParam("withRoom", true).get("/api/v1/carers").then()
                .statusCode(200).body("items.carerId", not(hasItem(carer)));

        // a cap set ahead applies from its date only
        String nextYear = LocalDate.now(Thailand.ZONE).plusYears(1).toString();
        setCap(OFFICER, PROVINCE, 6, nextYear).statusCode(200).body("households", equalTo(2))
                .body("changes.households", equalTo(List.of(2, 6)));

        // each change is an event with who and why
        var who = pool.preparedQuery("""
                        select metadata::jsonb ->> 'actor', payload::jsonb ->> 'households' from events
                        where stream_type = 'carer-cap' and stream_id = $1 order by version""")
                .execute(Tuple.of(PROVINCE)).await().indefinitely();
        assertThat(who.size()).isEqualTo(3);
        who.forEach(row -> assertThat(row.getString(0)).isEqualTo("nayok"));
    }
}
