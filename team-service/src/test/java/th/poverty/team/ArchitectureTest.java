package th.poverty.team;

import th.poverty.team.proposal.AssignmentMatching;
import th.poverty.testing.architecture.ServiceArchitectureTest;

/** team-service keeps the rules of ARCHITECTURE.md that the compiler does not (see ArchitectureRules). */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("team", AssignmentMatching.class);
    }
}
