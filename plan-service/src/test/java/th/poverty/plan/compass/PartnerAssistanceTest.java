package th.poverty.plan.compass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static th.poverty.plan.PlanApi.FIELD_TEAM;
import static th.poverty.plan.PlanApi.TODAY;
import static th.poverty.plan.PlanApi.TOMORROW;
import static th.poverty.plan.PlanApi.agreedPlan;
import static th.poverty.plan.PlanApi.command;
import static th.poverty.plan.PlanApi.draftPlan;
import static th.poverty.plan.PlanApi.read;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import th.poverty.plan.AgencyFixtures;
import th.poverty.plan.AgencyFixtures.Registry;
import th.poverty.plan.HouseholdFeed;
import th.poverty.plan.PlanApi;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

/**
 * Partner agencies record the help they deliver, with their own role and under their own agency
 * code, for households in their area only.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class PartnerAssistanceTest {

    private static Registry registry;
    private static String bank;
    private static String delivery;

    @BeforeEach
    void registry() {
        // once, with the application up
        if (registry == null) {
            registry = AgencyFixtures.registered();
            bank = Tokens.agency("cdd-staff", registry.districtCdd(), "24");
            delivery = """
                    {"agency": "%s", "kind": "LOAN", "amountThb": 20000.50, "deliveredOn": "%s",
                     "activityId": "A3", "description": "สินเชื่อซื้อกี่ทอผ้า"}""".formatted(registry.districtCdd(), TODAY);
        }
    }

    @Test
    void aPartnerAgencyRecordsHelpDeliveredUnderTheAgreedPlan() {
        String planId = agreedPlan(HouseholdFeed.classified("24010106"));

        // the agency's own code may be left out: its token names it
        command(planId, "assistance", 2, delivery.replace("\"agency\": \"" + registry.districtCdd() + "\", ", ""), bank)
                .statusCode(200).header("ETag", "\"3\"")
                .body("assistance.deliveries", equalTo(1)).body("assistance.totalThb", equalTo(20000.50f));
        command(planId, "assistance", 3, delivery.replace("20000.50", "500").replace("\"A3\"", "null"),
                Tokens.bearer("amphoe", "district-officer", "2401")).statusCode(200);

        read("plans/" + planId + "/assistance", bank).statusCode(200)
                .body("", hasSize(2))
                .body("agency", contains(registry.districtCdd(), registry.districtCdd()))
                .body("[0].kind.th", equalTo("สินเชื่อ"))
                .body("[0].amountThb", equalTo(20000.50f))
                .body("[0].activityId", equalTo("A3"))
                .body("recordedByRole", contains("partner-agency", "district-officer"));
        read("plans/" + planId, bank).statusCode(200).body("assistance.totalThb", equalTo(20500.50f));
    }

    @Test
    void anAgencyRecordsUnderItsOwnCodeOnlyAndAnOfficeUnderARegisteredOne() {
        String planId = agreedPlan(HouseholdFeed.classified("24010106"));
        String district = Tokens.bearer("amphoe", "district-officer", "2401");

        command(planId, "assistance", 2, delivery.replace(registry.districtCdd(), registry.welfare()), bank).statusCode(403)
                .body("type", equalTo("/problems/not-your-agency"));
        command(planId, "assistance", 2, delivery, Tokens.bearer("nameless", "partner-agency", "24")).statusCode(403);
        command(planId, "assistance", 2, delivery.replace(registry.districtCdd(), "NO-SUCH-AGENCY"), district)
                .statusCode(400).body("field", equalTo("agency"));
        command(planId, "assistance", 2, delivery.replace("\"agency\": \"" + registry.districtCdd() + "\", ", ""), district)
                .statusCode(400).body("field", equalTo("agency"));
        read("plans/" + planId + "/assistance", bank).statusCode(200).body("", hasSize(0));
    }

    @Test
    void anAgencyFindsTheCompassActivitiesAddressedToItAndRecordsItsHelpAgainstOne() {
        String planId = agreedPlan(HouseholdFeed.classified("24010106"));
        String local = Tokens.agency("tao-staff", PlanApi.AGENCY, "24");

        var addressed = read("agency-activities", local).statusCode(200).extract().jsonPath();
        int at = addressed.getList("planId").indexOf(planId);
        assertThat(at).as("the plan's agency activity, addressed to the agency it names").isNotNegative();
        assertThat(addressed.getString("[" + at + "].activityId")).isEqualTo("A3");
        assertThat(addressed.getString("[" + at + "].help")).isEqualTo("กี่ทอผ้าและเส้นด้าย");
        long version = addressed.getLong("[" + at + "].version");

        command(planId, "assistance", version, """
                {"kind": "MEANS_OF_PRODUCTION", "amountThb": 1500.50, "deliveredOn": "%s", "activityId": "A3"}"""
                .formatted(TODAY), local).statusCode(200).body("assistance.deliveries", equalTo(1));
        read("agency-activities", bank).statusCode(200).body("planId", not(hasItem(planId)));
        read("agency-activities?agency=" + PlanApi.AGENCY, bank).statusCode(403);
        read("agency-activities?agency=" + PlanApi.AGENCY + "&area=2401", Tokens.bearer("amphoe", "district-officer", "2401"))
                .statusCode(200).body("planId", hasItem(planId));
    }

    @Test
    void onlyPartnersAndOfficesInTheHouseholdsAreaRecordHelp() {
        String planId = agreedPlan(HouseholdFeed.classified("24010106"));

        command(planId, "assistance", 2, delivery, Tokens.agency("korat-bank", registry.districtCdd(), "30")).statusCode(404)
                .contentType("application/problem+json");
        command(planId, "assistance", 2, delivery, FIELD_TEAM).statusCode(403).body("type", equalTo("/problems/forbidden"));
        command(planId, "assistance", 2, delivery, Tokens.agency("neighbour-bank", registry.districtCdd(), "240102"))
                .statusCode(404);
        read("plans/" + planId + "/assistance", bank).statusCode(200).body("", hasSize(0));
    }

    @Test
    void badDeliveriesAreRefusedByField() {
        String draftId = draftPlan(HouseholdFeed.classified("24010106"));
        String planId = agreedPlan(HouseholdFeed.classified("24010106"));

        command(draftId, "assistance", 1, delivery, bank).statusCode(409).body("type", equalTo("/problems/plan-not-agreed"));
        command(planId, "assistance", 2, delivery.replace("20000.50", "-1"), bank).statusCode(422)
                .body("type", equalTo("/problems/negative-amount")).body("field", equalTo("amountThb"));
        command(planId, "assistance", 2, delivery.replace(TODAY, TOMORROW), bank).statusCode(422)
                .body("field", equalTo("deliveredOn"));
        command(planId, "assistance", 2, delivery.replace("\"A3\"", "\"A42\""), bank).statusCode(422)
                .body("type", equalTo("/problems/unknown-activity"));
        command(planId, "assistance", 2, delivery.replace("\"LOAN\"", "\"FAVOUR\""), bank).statusCode(400)
                .body("field", equalTo("kind"));
        command(planId, "assistance", 2, delivery.replace(registry.districtCdd(), "x".repeat(41)), bank).statusCode(400)
                .body("field", equalTo("agency"));
        read("plans/" + planId + "/assistance", bank).statusCode(200).body("", hasSize(0));
    }
}
