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

import th.poverty.contracts.AsyncApiDocument;
import th.poverty.contracts.EventSchemas;
import th.poverty.contracts.RecordedSchemas;
import th.poverty.contracts.ServedSchemas;
import th.poverty.eventstore.EventCodec;
import th.poverty.reporting.monthly.MonthlyReportEvent;
import th.poverty.reporting.progress.Counts;
import th.poverty.reporting.progress.Figures;

/**
 * The published contract keeps up with the code: each message reporting sends carries exactly the
 * documented fields and validates against the JSON Schema served for its type and schema version;
 * no published schema version changes incompatibly (docs/events/README.md).
 */
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
                Figures.of(Counts.NONE), java.util.List.of());
        JsonNode sample = EventCodec.defaultMapper().valueToTree(message);

        assertThat(fields(sample)).isEqualTo(fields(schema.get("properties")));
        schema.get("required").forEach(required -> assertThat(sample.has(required.asText())).as(required.asText()).isTrue());
        assertThat(fields(sample.get("identified"))).isEqualTo(fields(asyncApi().at("/components/schemas/AreaIdentified/properties")));
        assertThat(fields(sample.get("classified"))).isEqualTo(fields(asyncApi().at("/components/schemas/AreaClassified/properties")));
        assertThat(fields(sample.get("carers"))).isEqualTo(fields(asyncApi().at("/components/schemas/AreaCarerCoverage/properties")));
        assertThat(fields(sample.get("income"))).isEqualTo(fields(asyncApi().at("/components/schemas/AreaIncomeUplift/properties")));
        JsonNode problems = sample.get("problems");
        JsonNode documented = asyncApi().at("/components/schemas/AreaProblems/properties");
        assertThat(fields(problems)).isEqualTo(fields(documented));
        assertThat(fields(problems.get("total"))).isEqualTo(fields(asyncApi().at("/components/schemas/AreaProblemCounts/properties")));
        assertThat(fields(problems.get("byDimension").get(0))).isEqualTo(fields(documented.at("/byDimension/items/properties")));
        assertThat(documented.at("/byDimension/items/properties/dimension/enum")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(problems.findValuesAsText("dimension"));
    }

    @Test
    void anAgencysProblemsCarryExactlyTheDocumentedFields() throws Exception {
        var figures = Figures.of(new Counts(Map.of("PROBLEMS_WITH_AGENCY|NEW|SSJ-24", 1L)));
        JsonNode agency = EventCodec.defaultMapper().valueToTree(figures).at("/problems/byAgency/0");

        assertThat(fields(agency)).isEqualTo(fields(asyncApi().at("/components/schemas/Problems/properties/byAgency/items/properties")));
        assertThat(fields(agency)).isEqualTo(fields(asyncApi().at("/components/schemas/AreaProblems/properties/byAgency/items/properties")));
    }

    /** Every figure a village can withhold, withheld: each pointer it lists is null, and documented as nullable. */
    @Test
    void everyFigureAVillageMayWithholdIsDocumentedAsNullable() throws Exception {
        Map<String, Long> small = new java.util.HashMap<>();
        for (var measure : th.poverty.reporting.measure.Measure.values()) {
            small.put(measure.name(), 2L);
        }
        small.put("INCOME_BASELINE_BAND:30", 2L);
        small.put("INCOME_LATEST_BAND:31", 2L);
        small.put("ASSISTANCE_DELIVERIES|MONEY|SSJ-24", 2L);
        small.put("ASSISTANCE_HOUSEHOLDS|MONEY|SSJ-24", 2L);
        small.put("ASSISTANCE_SATANG|MONEY|SSJ-24", 200_00L);
        small.put("PROBLEMS_WITH_AGENCY|SOLVED|SSJ-24", 2L);
        small.put("PROBLEMS_IN_DIMENSION|SOLVED|HEALTH", 2L);
        small.put("FAILING_INDICATOR|BMN-2565-3", 2L);
        var figures = Figures.of(new Counts(small));
        com.fasterxml.jackson.databind.node.ObjectNode message = EventCodec.defaultMapper().valueToTree(
                new AreaProgressUpdated("24010101", "VILLAGE", "บ้าน", "240101", java.time.Instant.now(), figures,
                        java.util.List.of()));
        DisclosureControl.withhold(message, DisclosureControl.values(figures).keySet());
        JsonNode doc = asyncApi();

        assertThat(message.get("withheld")).hasSizeGreaterThan(30);
        for (JsonNode listed : message.get("withheld")) {
            String pointer = listed.asText();
            assertThat(message.at(pointer).isNull()).as(pointer).isTrue();
            assertThat(nullable(doc, doc.at("/components/schemas/AreaProgressUpdated"), pointer.substring(1).split("/"), 0))
                    .as(pointer).isTrue();
        }
    }

    /** Whether the schema at the end of the path admits null, following $ref, arrays' items and properties. */
    private static boolean nullable(JsonNode doc, JsonNode schema, String[] path, int at) {
        if (schema.has("$ref")) {
            return nullable(doc, doc.at(schema.get("$ref").asText().substring(1)), path, at);
        }
        if (at == path.length) {
            JsonNode type = schema.get("type");
            return type != null && type.isArray() && type.toString().contains("\"null\"");
        }
        if (schema.has("items")) {
            return nullable(doc, schema.get("items"), path, at + 1);
        }
        return nullable(doc, schema.at("/properties/" + path[at]), path, at + 1);
    }

    @Test
    void theHistoryTopicCarriesTheSameMessageAsTheLatestState() throws Exception {
        JsonNode doc = asyncApi();

        assertThat(doc.at("/channels/areaProgressHistory/address").asText()).isEqualTo("analytics.area-progress-history");
        assertThat(doc.at("/channels/areaProgressHistory/messages/AreaProgressUpdated"))
                .isEqualTo(doc.at("/channels/areaProgress/messages/AreaProgressUpdated"));
        assertThat(doc.at("/operations/publishAreaProgressHistory/channel/$ref").asText())
                .isEqualTo("#/channels/areaProgressHistory");
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

    @Test
    void aClosedMonthlyReportValidatesAgainstTheServedSchemaOfItsVersion() {
        var closed = new MonthlyReportEvent.MonthlyReportClosed("24", "PROVINCE", 2569, 11, java.time.LocalDate.of(2026, 11, 25),
                java.time.LocalDate.of(2026, 11, 25), java.time.Instant.parse("2026-11-25T17:00:00Z"), Figures.of(Counts.NONE),
                Figures.of(Counts.NONE), true);
        var encoded = EventCodec.of(MonthlyReportEvent.class).encode(closed);

        assertThat(encoded.schemaVersion()).isEqualTo(2);
        assertThat(ServedSchemas.fromClasspath().errors(encoded.type(), encoded.schemaVersion(), encoded.payload()))
                .as(encoded.payload()).isEmpty();
    }

    @Test
    void noPublishedSchemaVersionChangesIncompatibly() {
        RecordedSchemas.inRepository("reporting-service").check(EventSchemas.of(AsyncApiDocument.fromClasspath()));
    }
}
