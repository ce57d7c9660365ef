package th.poverty.reporting;

import th.poverty.testing.architecture.ServiceArchitectureTest;

/** reporting-service keeps the rules of ARCHITECTURE.md that the compiler does not (see ArchitectureRules). */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("reporting");
    }
}
