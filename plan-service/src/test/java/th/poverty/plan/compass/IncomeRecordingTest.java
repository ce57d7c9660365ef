package th.poverty.plan.compass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static th.poverty.plan.PlanApi.FIELD_TEAM;
import static th.poverty.plan.PlanApi.agreedPlan;
import static th.poverty.plan.PlanApi.command;
import static th.poverty.plan.PlanApi.read;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import th.poverty.domain.Thailand;
import th.poverty.plan.HouseholdFeed;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;

/** Monthly income, recorded through REST and published on plan.events for household-service's graduation rule. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class IncomeRecordingTest {

    private static final String LAST_MONTH = YearMonth.now(Thailand.ZONE).minusMonths(1).toString();
    private static final String NEXT_MONTH = YearMonth.now(Thailand.ZONE).plusMonths(1).toString();

    private static String income(String month, String craft) {
        return """
                {"month": "%s", "householdMembers": 3, "reason": "สรุปจากบัญชีครัวเรือน",
                 "sources": [{"source": "CRAFT", "monthlyAmountThb": %s}, {"source": "AGRICULTURE", "monthlyAmountThb": 1500}]}"""
                .formatted(month, craft);
    }

    @Test
    void incomeIsRecordedPerPersonAndPublishedForTheGraduationRule() throws Exception {
        String householdId = HouseholdFeed.classified("24010107");
        String planId = agreedPlan(householdId);

        command(planId, "incomes", 2, income(LAST_MONTH, "6000"), FIELD_TEAM).statusCode(200)
                .body("latestIncome.monthlyIncomePerPersonThb", equalTo(2500.00f))
                .body("latestIncome.annualisedIncomePerPersonThb", equalTo(30000.00f));
        command(planId, "incomes", 3, income(LAST_MONTH, "9000"), FIELD_TEAM).statusCode(200);

        read("plans/" + planId + "/incomes", FIELD_TEAM).statusCode(200)
                .body("", hasSize(1))
                .body("[0].month", equalTo(LAST_MONTH))
                .body("[0].monthlyIncomeThb", equalTo(10500.00f))
                .body("[0].sources.source.th", contains("หัตถกรรม", "เกษตรกรรม"));

        var published = KafkaTopics.read("plan.events",
                r -> r.key().equals(planId) && "IncomeRecorded".equals(KafkaTopics.header(r, "ce_type")), 2);
        assertThat(published).hasSize(2);
        for (var record : published) {
            assertThat(AsyncApi.DOCUMENT.payloadErrors("IncomeRecorded", record.value())).isEmpty();
        }
        JsonNode latest = new ObjectMapper().readTree(published.getLast().value());
        assertThat(latest.get("householdId").asText()).isEqualTo(householdId);
        assertThat(latest.get("month").asText()).isEqualTo(LAST_MONTH);
        assertThat(latest.get("annualisedIncomePerPersonThb").decimalValue()).isEqualByComparingTo("42000");
        assertThat(latest.get("replacesEarlierMeasurement").asBoolean()).isTrue();
        assertThat(KafkaTopics.header(published.getLast(), "ce_areacode")).isEqualTo("24010107");
    }

    @Test
    void badMeasurementsAreRefusedByField() {
        String planId = agreedPlan(HouseholdFeed.classified("24010107"));

        command(planId, "incomes", 2, income(NEXT_MONTH, "6000"), FIELD_TEAM).statusCode(422)
                .body("type", equalTo("/problems/date-in-future")).body("field", equalTo("month"));
        command(planId, "incomes", 2, income(LAST_MONTH, "-6000"), FIELD_TEAM).statusCode(422)
                .body("type", equalTo("/problems/negative-amount")).body("field", equalTo("sources[0].monthlyAmountThb"));
        command(planId, "incomes", 2, income("2026-13", "6000"), FIELD_TEAM).statusCode(400).body("field", equalTo("month"));
        command(planId, "incomes", 2, income(LAST_MONTH, "6000").replace("\"householdMembers\": 3", "\"householdMembers\": 0"),
                FIELD_TEAM).statusCode(400).body("field", equalTo("householdMembers"));
        read("plans/" + planId + "/incomes", FIELD_TEAM).statusCode(200).body("", hasSize(0));
    }
}
