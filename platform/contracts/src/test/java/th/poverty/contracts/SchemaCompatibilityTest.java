package th.poverty.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The checker on small schema pairs: each kind of incompatible change is caught and named; additions pass. */
class SchemaCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String RECORDED = """
            {"type": "object", "required": ["householdId", "status"],
             "properties": {
               "householdId": {"type": "string"},
               "status": {"type": "string", "enum": ["NEW", "DONE"]},
               "source": {"type": "string", "const": "BMN"},
               "amountThb": {"type": ["number", "null"], "minimum": 0},
               "code": {"type": "string", "pattern": "^[0-9]{8}$"},
               "items": {"type": "array", "items": {"$ref": "#/$defs/Item"}}},
             "$defs": {"Item": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}}}}""";

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> changes(String from, String to) {
        return SchemaCompatibility.breakingChanges(json(RECORDED), json(RECORDED.replace(from, to)));
    }

    @Test
    void anUnchangedSchemaIsCompatible() {
        assertThat(SchemaCompatibility.breakingChanges(json(RECORDED), json(RECORDED))).isEmpty();
    }

    @Test
    void aNewOptionalPropertyOrADescriptionIsCompatible() {
        assertThat(changes("\"code\": {", "\"note\": {\"type\": \"string\", \"description\": \"new\"}, \"code\": {")).isEmpty();
        assertThat(changes("{\"type\": \"string\"},", "{\"type\": \"string\", \"description\": \"the household\"},")).isEmpty();
    }

    @Test
    void anEnumValueAddedOrALowerBoundLoweredIsCompatible() {
        assertThat(changes("[\"NEW\", \"DONE\"]", "[\"NEW\", \"DONE\", \"CLOSED\"]")).isEmpty();
        assertThat(changes("\"minimum\": 0", "\"minimum\": -1")).isEmpty();
    }

    @Test
    void aRemovedOrRenamedPropertyIsIncompatible() {
        assertThat(changes("\"source\":", "\"origin\":")).containsExactly("the payload: property `source` removed (or renamed)");
    }

    @Test
    void aNewlyRequiredPropertyIsIncompatible() {
        assertThat(changes("[\"householdId\", \"status\"]", "[\"householdId\", \"status\", \"code\"]"))
                .containsExactly("the payload: property `code` newly required");
    }

    @Test
    void aChangedTypeIsIncompatible() {
        assertThat(changes("\"householdId\": {\"type\": \"string\"}", "\"householdId\": {\"type\": \"integer\"}"))
                .containsExactly("/householdId: type changed from [string] to [integer]");
        assertThat(changes("[\"number\", \"null\"]", "\"number\"")).containsExactly("/amountThb: type changed from [null, number] to [number]");
    }

    @Test
    void aRemovedEnumValueIsIncompatible() {
        assertThat(changes("[\"NEW\", \"DONE\"]", "[\"NEW\"]")).containsExactly("/status: enum value \"DONE\" removed");
    }

    @Test
    void aChangedConstIsIncompatible() {
        assertThat(changes("\"const\": \"BMN\"", "\"const\": \"TPMAP\"")).containsExactly("/source: const changed from \"BMN\" to \"TPMAP\"");
    }

    @Test
    void tighterAdditionalPropertiesAreIncompatible() {
        assertThat(changes("\"type\": \"object\", \"required\": [\"householdId\"", "\"type\": \"object\", \"additionalProperties\": false, \"required\": [\"householdId\""))
                .containsExactly("the payload: additionalProperties tightened to false (fields it does not name are now refused)");
    }

    @Test
    void aTightenedBoundOrAChangedPatternIsIncompatible() {
        assertThat(changes("\"minimum\": 0", "\"minimum\": 1")).containsExactly("/amountThb: minimum tightened from 0 to 1");
        assertThat(changes("^[0-9]{8}$", "^[0-9]{6}$")).containsExactly("/code: pattern changed from \"^[0-9]{8}$\" to \"^[0-9]{6}$\"");
    }

    @Test
    void changesInsideReferencedDefinitionsAndArrayItemsAreFound() {
        assertThat(changes("\"properties\": {\"kind\": {\"type\": \"string\"}}", "\"properties\": {\"sort\": {\"type\": \"string\"}}"))
                .containsExactly("/items[]: property `kind` removed (or renamed)");
    }
}
