package th.poverty.reporting.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
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
        JsonNode problems = sample.get("problems");
        JsonNode documented = asyncApi().at("/components/schemas/Problems/properties");
        assertThat(fields(problems)).isEqualTo(fields(documented));
        assertThat(fields(problems.get("total"))).isEqualTo(fields(asyncApi().at("/components/schemas/ProblemCounts/properties")));
        assertThat(fields(problems.get("byDimension").get(0))).isEqualTo(fields(documented.at("/byDimension/items/properties")));
        assertThat(documented.at("/byDimension/items/properties/dimension/enum")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(problems.findValuesAsText("dimension"));
    }

    @Test
    void anAgencysProblemsCarryExactlyTheDocumentedFields() throws Exception {
        var figures = Figures.of(new Counts(Map.of("PROBLEMS_WITH_AGENCY|NEW|SSJ-24", 1L)));
        JsonNode agency = EventCodec.defaultMapper().valueToTree(figures).at("/problems/byAgency/0");

        assertThat(fields(agency)).isEqualTo(fields(asyncApi().at("/components/schemas/Problems/properties/byAgency/items/properties")));
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
