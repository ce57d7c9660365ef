package th.poverty.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The KafkaUser resources are generated from deploy/kafka-users.yaml and cannot drift from it, and
 * that source names every province of the country.
 */
class KafkaUsersTest {

    private static final Path AREAS = Path.of("..", "..", "platform", "area", "src", "main", "resources",
            "th", "poverty", "area", "thai-areas.csv");

    @Test
    void theCommittedKafkaUsersAreTheGeneratedOnes() {
        if (Boolean.getBoolean("kafka-users.write")) {
            KafkaUsers.write();
        }

        assertThat(KafkaUsers.read(KafkaUsers.GENERATED))
                .as("base/kafka/users.yaml is generated from deploy/kafka-users.yaml: run this test with -Dkafka-users.write=true")
                .isEqualTo(KafkaUsers.render(KafkaUsers.SOURCE));
    }

    @Test
    void everyProvinceHasItsAnalystsUser() {
        TreeSet<String> provinces = new TreeSet<>();
        List<String> lines = Arrays.asList(KafkaUsers.read(AREAS).split("\n"));
        lines.stream().skip(1).filter(line -> !line.isBlank()).forEach(line -> provinces.add(line.substring(0, line.indexOf(','))));

        List<KafkaUsers.User> analysts = KafkaUsers.users(KafkaUsers.SOURCE).stream().filter(user -> user.province() != null).toList();

        assertThat(provinces).hasSize(77);
        assertThat(analysts).extracting(KafkaUsers.User::province).containsExactlyElementsOf(provinces);
        assertThat(analysts).extracting(KafkaUsers.User::name).allSatisfy(name -> assertThat(name).matches("analysts-[0-9]{2}"));
    }
}
