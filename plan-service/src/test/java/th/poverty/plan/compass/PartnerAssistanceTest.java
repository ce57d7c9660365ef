package th.poverty.plan.compass;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static th.poverty.plan.PlanApi.FIELD_TEAM;
import static th.poverty.plan.PlanApi.TODAY;
import static th.poverty.plan.PlanApi.TOMORROW;
import static th.poverty.plan.PlanApi.agreedPlan;
import static th.poverty.plan.PlanApi.command;
import static th.poverty.plan.PlanApi.draftPlan;
import static th.poverty.plan.PlanApi.read;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import th.poverty.plan.HouseholdFeed;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

/** Partner agencies record the help they deliver, with their own role, for households in their area only. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class PartnerAssistanceTest {

    private static final String BANK = Tokens.bearer("baac-chachoengsao", "partner-agency", "24");
    private static final String DELIVERY = """
            {"agency": "ธ.ก.ส. สาขาบางพระ", "kind": "LOAN", "amountThb": 20000.50, "deliveredOn": "%s",
             "activityId": "A3", "description": "สินเชื่อซื้อกี่ทอผ้า"}""".formatted(TODAY);

    @Test
    void aPartnerAgencyRecordsHelpDeliveredUnderTheAgreedPlan() {
        String planId = agreedPlan(HouseholdFeed.classified("24010106"));

        command(planId, "assistance", 2, DELIVERY, BANK).statusCode(200).header("ETag", "\"3\"")
                .body("assistance.deliveries", equalTo(1)).body("assistance.totalThb", equalTo(20000.50f));
        command(planId, "assistance", 3, DELIVERY.replace("20000.50", "500").replace("\"A3\"", "null"),
                Tokens.bearer("amphoe", "district-officer", "2401")).statusCode(200);

        read("plans/" + planId + "/assistance", BANK).statusCode(200)
                .body("", hasSize(2))
                .body("agency", contains("ธ.ก.ส. สาขาบางพระ", "ธ.ก.ส. สาขาบางพระ"))
                .body("[0].kind.th", equalTo("สินเชื่อ"))
                .body("[0].amountThb", equalTo(20000.50f))
                .body("[0].activityId", equalTo("A3"))
                .body("recordedByRole", contains("partner-agency", "district-officer"));
        read("plans/" + planId, BANK).statusCode(200).body("assistance.totalThb", equalTo(20500.50f));
    }

    @Test
    void onlyPartnersAndOfficesInTheHouseholdsAreaRecordHelp() {
        String planId = agreedPlan(HouseholdFeed.classified("24010106"));

        command(planId, "assistance", 2, DELIVERY, Tokens.bearer("korat-bank", "partner-agency", "30")).statusCode(404)
                .contentType("application/problem+json");
        command(planId, "assistance", 2, DELIVERY, FIELD_TEAM).statusCode(403).body("type", equalTo("/problems/forbidden"));
        command(planId, "assistance", 2, DELIVERY, Tokens.bearer("neighbour-bank", "partner-agency", "240102")).statusCode(404);
        read("plans/" + planId + "/assistance", BANK).statusCode(200).body("", hasSize(0));
    }

    @Test
    void badDeliveriesAreRefusedByField() {
        String draftId = draftPlan(HouseholdFeed.classified("24010106"));
        String planId = agreedPlan(HouseholdFeed.classified("24010106"));

        command(draftId, "assistance", 1, DELIVERY, BANK).statusCode(409).body("type", equalTo("/problems/plan-not-agreed"));
        command(planId, "assistance", 2, DELIVERY.replace("20000.50", "-1"), BANK).statusCode(422)
                .body("type", equalTo("/problems/negative-amount")).body("field", equalTo("amountThb"));
        command(planId, "assistance", 2, DELIVERY.replace(TODAY, TOMORROW), BANK).statusCode(422)
                .body("field", equalTo("deliveredOn"));
        command(planId, "assistance", 2, DELIVERY.replace("\"A3\"", "\"A42\""), BANK).statusCode(422)
                .body("type", equalTo("/problems/unknown-activity"));
        command(planId, "assistance", 2, DELIVERY.replace("\"LOAN\"", "\"FAVOUR\""), BANK).statusCode(400)
                .body("field", equalTo("kind"));
        command(planId, "assistance", 2, DELIVERY.replace("\"ธ.ก.ส. สาขาบางพระ\"", "\"\""), BANK).statusCode(400)
                .body("field", equalTo("agency"));
        read("plans/" + planId + "/assistance", BANK).statusCode(200).body("", hasSize(0));
    }
}
