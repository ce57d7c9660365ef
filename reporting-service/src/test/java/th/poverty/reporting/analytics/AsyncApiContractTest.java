package th.poverty.reporting.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import th.poverty.eventstore.EventCodec;
import th.poverty.reporting.monthly.MonthlyReportEvent;
import th.poverty.reporting.progress.Counts;
import th.poverty.reporting.progress.Figures;

/** The published contract keeps up with the code: each message reporting sends carries exactly the documented fields. */
class AsyncApiContractTest {

    private static JsonNode asyncApi() throws Exception {
        try (InputStream in = AsyncApiContractTest.class.getResourceAsStream("/META-INF/resources/asyncapi.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void areaProgressUpdatedCarriesExactlyTheDocumentedFields() throws Exception {
        JsonNode schema = asyncApi().at("/components/schemas/AreaProgressUpdated");
        var message = new AreaProgressUpdated("24", "PROVINCE", "ฉะเชิงเทรา", "TH", java.time.Instant.now(),
                Figures.of(Counts.NONE));
        JsonNode sample = EventCodec.defaultMapper().valueToTree(message);

        assertThat(fields(sample)).isEqualTo(fields(schema.get("properties")));
        schema.get("required").forEach(required -> assertThat(sample.has(required.asText())).as(required.asText()).isTrue());
        assertThat(fields(sample.get("carers"))).isEqualTo(fields(asyncApi().at("/components/schemas/CarerCoverage/properties")));
        assertThat(fields(sample.get("income"))).isEqualTo(fields(asyncApi().at("/components/schemas/IncomeUplift/properties")));
    }

    @Test
    void monthlyReportClosedCarriesExactlyTheDocumentedFields() throws Exception {
        JsonNode doc = asyncApi();
        for (Class<?> type : MonthlyReportEvent.class.getPermittedSubclasses()) {
            assertThat(doc.at("/channels/monthlyReports/messages/" + type.getSimpleName()).isMissingNode()).isFalse();
            Set<String> components = new HashSet<>();
            for (var component : type.getRecordComponents()) {
                components.add(component.getName());
            }
            assertThat(fields(doc.at("/components/schemas/" + type.getSimpleName() + "/properties"))).isEqualTo(components);
        }
        Set<String> figures = new HashSet<>();
        for (var component : Figures.class.getRecordComponents()) {
            figures.add(component.getName());
        }
        assertThat(fields(doc.at("/components/schemas/Figures/properties"))).isEqualTo(figures);
    }
}
