package th.poverty.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record: new versions and compatible changes are written by the record command; incompatible ones never. */
class RecordedSchemasTest {

    @TempDir
    Path dir;

    @Test
    void anUnrecordedVersionFailsTheCheckUntilRecordedAsItsOwnFile() throws Exception {
        var recorded = new RecordedSchemas("thing-service", dir);
        var schemas = EventSchemasTest.schemas(EventSchemasTest.ASYNCAPI_3);

        assertThat(recorded.compare(schemas, false).unrecorded()).hasSize(2).first().asString()
                .contains("ThingMade schema version 1 on thing.events is not recorded");
        assertThatThrownBy(() -> recorded.check(schemas)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("-Devents.record=true");
        assertThat(recorded.compare(schemas, true).recorded()).hasSize(2);
        assertThat(dir.resolve("thing.events/ThingMoved.v2.json")).exists();
        assertThat(recorded.compare(schemas, false).passed()).isTrue();
    }

    @Test
    void aCompatibleChangeIsRecordedOverTheSameVersion() throws Exception {
        var recorded = new RecordedSchemas("thing-service", dir);
        recorded.compare(EventSchemasTest.schemas(EventSchemasTest.ASYNCAPI_3), true);
        var added = EventSchemasTest.schemas(EventSchemasTest.ASYNCAPI_3.replace(
                "kind: {type: string, enum: [BIG, SMALL]}", "kind: {type: string, enum: [BIG, SMALL]}\n        colour: {type: string}"));

        var outcome = recorded.compare(added, false);
        assertThat(outcome.incompatible()).isEmpty();
        assertThat(outcome.compatible()).singleElement().asString().contains("ThingMade schema version 1 on thing.events changed compatibly");
        recorded.compare(added, true);
        assertThat(Files.readString(dir.resolve("thing.events/ThingMade.v1.json"))).contains("colour");
        assertThat(recorded.compare(added, false).passed()).isTrue();
    }

    @Test
    void anIncompatibleChangeIsRefusedEvenWhenRecordingAndNamesWhatToDo() throws Exception {
        var recorded = new RecordedSchemas("thing-service", dir);
        recorded.compare(EventSchemasTest.schemas(EventSchemasTest.ASYNCAPI_3), true);
        String before = Files.readString(dir.resolve("thing.events/ThingMade.v1.json"));
        var narrowed = EventSchemasTest.schemas(EventSchemasTest.ASYNCAPI_3.replace("[BIG, SMALL]", "[BIG]"));

        var outcome = recorded.compare(narrowed, true);
        assertThat(outcome.incompatible()).singleElement().asString()
                .contains("ThingMade schema version 1 on thing.events is published")
                .contains("/kind: enum value \"SMALL\" removed")
                .contains("move the schema version").contains("x-schema-version: 2");
        assertThat(Files.readString(dir.resolve("thing.events/ThingMade.v1.json"))).isEqualTo(before);
        assertThatThrownBy(() -> recorded.check(narrowed)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("enum value \"SMALL\" removed");
    }

    @Test
    void aNewSchemaVersionIsANewFileAndTheOldOneStaysServed() throws Exception {
        var recorded = new RecordedSchemas("thing-service", dir);
        recorded.compare(EventSchemasTest.schemas(EventSchemasTest.ASYNCAPI_3), true);
        var moved = EventSchemasTest.schemas(EventSchemasTest.ASYNCAPI_3.replace("[BIG, SMALL]", "[BIG]")
                .replace("ThingMade:\n      payload", "ThingMade:\n      x-schema-version: 2\n      payload"));

        assertThat(recorded.compare(moved, true).passed()).isTrue();
        assertThat(dir.resolve("thing.events/ThingMade.v1.json")).exists();
        assertThat(dir.resolve("thing.events/ThingMade.v2.json")).exists();
        assertThat(recorded.older(moved)).extracting(EventSchemas.EventSchema::url)
                .containsExactly("/schemas/thing.events/ThingMade/v1.json");
    }
}
