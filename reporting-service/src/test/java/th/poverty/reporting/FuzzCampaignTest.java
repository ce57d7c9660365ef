package th.poverty.reporting;

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
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class FuzzCampaignTest {

    @Test
    void malformedRequestsAreRefusedAsProblemsAndWriteNothing() {
        EventLog before = EventLog.whenQuiet("reporting");
        FuzzReport report = FuzzCampaign.inside("24", 4_2024L)
                .hint("areaCode", "2401")
                .hint("villageCode", "24010101")
                .hint("area", "24")
                .cases(1_500)
                .run();
        System.out.println(report.summary("reporting-service"));
        report.assertNothingWrong();
        before.assertUnchanged();
    }
}
