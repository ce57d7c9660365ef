package th.poverty.plan;

import th.poverty.testing.architecture.ServiceArchitectureTest;

/** plan-service keeps the rules of ARCHITECTURE.md that the compiler does not (see ArchitectureRules). */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("plan");
    }
}
