package th.poverty.reporting.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * One retention for closed reports: the service's, and that of the topic that carries them as
 * deploy/kubernetes declares it (deploy/local makes its topics from the same file).
 */
class ReportRetentionTest {

    private static final Path TOPICS = Path.of("..", "deploy", "kubernetes", "base", "kafka", "topics.yaml");

    @Test
    void closedReportsAreKeptTenYearsInTheServiceAndOnTheirTopic() throws Exception {
        assertThat(ClosedReport.RETENTION).as("ten years, leap days included").isEqualTo(Duration.ofDays(3653));

        JsonNode topic = null;
        try (var documents = new YAMLMapper().readerFor(JsonNode.class).readValues(TOPICS.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = (JsonNode) documents.next();
                if (document.at("/metadata/name").asText().equals("reporting.monthly-reports")) {
                    topic = document;
                }
            }
        }
        assertThat(topic).as("the KafkaTopic of closed reports in " + TOPICS).isNotNull();
        assertThat(topic.at("/spec/config/retention.ms").asLong()).isEqualTo(ClosedReport.RETENTION.toMillis());
    }
}
