package th.poverty.plan.compass;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static th.poverty.plan.PlanApi.FIELD_TEAM;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import th.poverty.testing.InfrastructureResource;

/** A form offers what the plan accepts: the guideline's lists, each activity kind under its part. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class PlanVocabularyTest {

    @Test
    void theVocabularyListsTheThreeSufficienciesAndEachUsualActivityUnderItsPart() {
        given().header("Authorization", FIELD_TEAM).get("/api/v1/plans/vocabulary").then().statusCode(200)
                .body("sufficiencies.code", containsInAnyOrder("SUFFICIENT_LIVELIHOOD", "SUFFICIENT_HAPPINESS", "WARM_FAMILY"))
                .body("parts.code", containsInAnyOrder("HOUSEHOLD", "COMMUNITY", "AGENCY"))
                .body("activityKinds.find { it.kind.code == 'POVERTY_FUND' }.part.code", equalTo("COMMUNITY"))
                .body("activityKinds.find { it.kind.code == 'GROW_FOOD' }.kind.th", equalTo("ปลูกผักสวนครัว เลี้ยงสัตว์ไว้กิน"))
                .body("incomeSources.code", hasItem("AGRICULTURE"))
                .body("householdSignatories.code", containsInAnyOrder("HEAD", "REPRESENTATIVE"));
    }

    @Test
    void withoutATokenTheVocabularyIsRefused() {
        given().get("/api/v1/plans/vocabulary").then().statusCode(401);
    }
}
