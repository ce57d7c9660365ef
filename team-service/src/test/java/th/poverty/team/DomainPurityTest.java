package th.poverty.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The aggregates, their events, commands and policies are plain Java: no framework, web or SQL
 * import, so they decide the same way in a unit test as in the service.
 */
class DomainPurityTest {

    private static final Pattern PLUMBING = Pattern.compile(
            "^import (static )?(io\\.quarkus|io\\.vertx|io\\.smallrye|jakarta|java\\.sql|org\\.eclipse|com\\.fasterxml|th\\.poverty\\.web)\\.",
            Pattern.MULTILINE);

    @ParameterizedTest
    @ValueSource(strings = {
            "team/Team.java", "team/TeamEvent.java", "team/TeamCommand.java", "team/FormTeam.java", "team/Member.java",
            "team/TeamComposition.java", "team/MemberRole.java", "team/TeamKind.java",
            "carer/Carer.java", "carer/CarerEvent.java", "carer/CarerCommand.java", "carer/RegisterCarer.java",
            "carer/CarerCapacity.java", "carer/ReleaseReason.java",
            "household/CareHousehold.java", "household/HouseholdStatus.java",
            "proposal/AssignmentMatching.java", "proposal/MatchLevel.java"})
    void hasNoPlumbingImports(String file) throws IOException {
        String source = Files.readString(Path.of("src/main/java/th/poverty/team").resolve(file));
        List<String> imports = PLUMBING.matcher(source).results().map(m -> m.group()).toList();
        assertThat(imports).as(file).isEmpty();
    }
}
