package th.poverty.plan;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.fuzz.EventLog;
import th.poverty.testing.fuzz.FuzzCampaign;
import th.poverty.testing.fuzz.FuzzReport;

/** Malformed requests to every operation, inside province 24: refused as problems, none 5xx, nothing written. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class FuzzCampaignTest {

    @Test
    void malformedRequestsAreRefusedAsProblemsAndWriteNothing() {
        EventLog before = EventLog.whenQuiet("plan");
        FuzzReport report = FuzzCampaign.inside("24", 4_2024L)
                .hint("areaCode", "2401")
                .hint("villageCode", "24010101")
                .hint("area", "24")
                .cases(3_000)
                .run();
        System.out.println(report.summary("plan-service"));
        report.assertNothingWrong();
        before.assertUnchanged();
    }
}
