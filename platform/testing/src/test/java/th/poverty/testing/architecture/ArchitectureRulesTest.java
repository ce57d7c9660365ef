package th.poverty.testing.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import th.poverty.household.fixture.ImpureAggregate;
import th.poverty.household.fixture.IndirectlyImpureAggregate;
import th.poverty.household.fixture.PureAggregate;
import th.poverty.household.fixture.UsesAnotherService;
import th.poverty.web.fixture.KernelKnowsAService;

/** Each rule catches a deliberate breach among the fixtures, and lets the clean classes pass. */
class ArchitectureRulesTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importPackages("th.poverty.household.fixture", "th.poverty.team.fixture", "th.poverty.web.fixture",
                    "th.poverty.domain");

    @Test
    void anAggregateThatKnowsAFrameworkBreaksThePureDomain() {
        EvaluationResult result = ArchitectureRules.aggregatesArePure().evaluate(FIXTURES);

        assertThat(violators(result)).contains(ImpureAggregate.class.getName())
                .doesNotContain(PureAggregate.class.getName());
    }

    @Test
    void anAggregateThatReachesAFrameworkThroughAHelperBreaksItToo() {
        assertThat(violators(ArchitectureRules.aggregatesArePure().evaluate(FIXTURES)))
                .contains(IndirectlyImpureAggregate.class.getName());
    }

    @Test
    void aServiceThatUsesAnotherServicesClassesIsCaught() {
        assertThat(violators(ArchitectureRules.serviceStandsAlone("household").evaluate(FIXTURES)))
                .contains(UsesAnotherService.class.getName());
        assertThat(ArchitectureRules.serviceStandsAlone("team").evaluate(FIXTURES).hasViolation()).isFalse();
    }

    @Test
    void aKernelClassThatNamesAServiceIsCaught() {
        assertThat(violators(ArchitectureRules.kernelUsesNoService().evaluate(FIXTURES)))
                .contains(KernelKnowsAService.class.getName());
    }

    @Test
    void theDomainsBuildingBlocksArePure() {
        assertThat(ArchitectureRules.buildingBlocksArePure().evaluate(ArchitectureRules.mainClasses()).hasViolation())
                .isFalse();
    }

    @Test
    void onlyTheFourServicesHaveRules() {
        assertThat(ArchitectureRules.forService("plan")).extracting(ArchRule::getDescription)
                .anyMatch(description -> description.contains("th.poverty.plan.."));
        assertThatIllegalArgumentException().isThrownBy(() -> ArchitectureRules.forService("console"));
    }

    /** The classes a rule's violations name first on their line. */
    private static String violators(EvaluationResult result) {
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
