package th.poverty.household;

import th.poverty.testing.architecture.ServiceArchitectureTest;

/** household-service keeps the rules of ARCHITECTURE.md that the compiler does not (see ArchitectureRules). */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("household");
    }
}
