package th.poverty.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.plan.compass.Activity;
import th.poverty.plan.compass.ActivityKind;
import th.poverty.plan.compass.ActivityPart;
import th.poverty.plan.compass.ActivityProgress;
import th.poverty.plan.compass.Agreement;
import th.poverty.plan.compass.AssistanceKind;
import th.poverty.plan.compass.CapitalKind;
import th.poverty.plan.compass.Change;
import th.poverty.plan.compass.DraftPlan;
import th.poverty.plan.compass.FollowUp;
import th.poverty.plan.compass.HouseholdSignatory;
import th.poverty.plan.compass.IncomeSource;
import th.poverty.plan.compass.IncomeSourceKind;
import th.poverty.plan.compass.LifeCompassPlan;
import th.poverty.plan.compass.MonthlyIncome;
import th.poverty.plan.compass.PlanChanges;
import th.poverty.plan.compass.PlanClosure;
import th.poverty.plan.compass.PlanCommand;
import th.poverty.plan.compass.PlanContent;
import th.poverty.plan.compass.PlanEvent;
import th.poverty.plan.compass.PlanStatus;
import th.poverty.plan.compass.ProgressStatus;
import th.poverty.plan.compass.Sufficiency;
import th.poverty.plan.compass.TeamSignatory;
import th.poverty.plan.households.CareGroup;
import th.poverty.plan.households.PlanEligibility;
import th.poverty.plan.households.PlanHousehold;

/** The domain decides without I/O: none of its sources imports a framework, a database or JSON. */
class PureDomainTest {

    private static final List<Class<?>> DOMAIN = List.of(LifeCompassPlan.class, PlanEvent.class, PlanCommand.class,
            DraftPlan.class, PlanContent.class, Activity.class, ActivityPart.class, ActivityKind.class, Agreement.class,
            TeamSignatory.class, HouseholdSignatory.class, ActivityProgress.class, ProgressStatus.class, FollowUp.class,
            MonthlyIncome.class, IncomeSource.class, IncomeSourceKind.class, AssistanceKind.class, CapitalKind.class,
            Sufficiency.class, PlanStatus.class, PlanClosure.class, Change.class, PlanChanges.class, PlanHousehold.class,
            PlanEligibility.class, CareGroup.class);
    private static final List<String> PACKAGE_PRIVATE = List.of("PlanContentRules", "Baht");

    @Test
    void theDomainImportsNoFrameworkDatabaseOrJson() throws IOException {
        var sources = new ArrayList<Path>();
        DOMAIN.forEach(type -> sources.add(source(type.getPackageName(), type.getSimpleName())));
        PACKAGE_PRIVATE.forEach(name -> sources.add(source(LifeCompassPlan.class.getPackageName(), name)));
        for (Path source : sources) {
            assertThat(Files.readAllLines(source)).as(source.toString())
                    .filteredOn(line -> line.startsWith("import "))
                    .noneMatch(line -> line.matches("import (static )?(io\\.quarkus|io\\.vertx|io\\.smallrye|jakarta|"
                            + "org\\.eclipse|com\\.fasterxml|java\\.sql|org\\.apache\\.kafka)\\..*"));
        }
    }

    private static Path source(String packageName, String simpleName) {
        return Path.of("src/main/java", packageName.replace('.', '/'), simpleName + ".java");
    }
}
