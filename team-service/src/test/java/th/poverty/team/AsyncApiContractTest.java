package th.poverty.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import th.poverty.contracts.AsyncApiDocument;
import th.poverty.contracts.EventSchemas;
import th.poverty.contracts.RecordedSchemas;
import th.poverty.contracts.ServedSchemas;
import th.poverty.eventstore.EventCodec;
import th.poverty.eventstore.NewEvent;
import th.poverty.team.cap.CarerCapEvent;
import th.poverty.team.cap.CarerCapEvent.CarerCapSet;
import th.poverty.team.carer.CarerEvent;
import th.poverty.team.carer.CarerEvent.CareVisitRecorded;
import th.poverty.team.carer.CarerEvent.CarerAccountLinked;
import th.poverty.team.carer.CarerEvent.CarerAssigned;
import th.poverty.team.carer.CarerEvent.CarerRegistered;
import th.poverty.team.carer.CarerEvent.CarerReleased;
import th.poverty.team.carer.ReleaseReason;
import th.poverty.team.team.MemberRole;
import th.poverty.team.team.TeamEvent;
import th.poverty.team.team.TeamEvent.TeamFormed;
import th.poverty.team.team.TeamEvent.TeamMemberJoined;
import th.poverty.team.team.TeamEvent.TeamMemberLeft;
import th.poverty.team.team.TeamKind;
import th.poverty.team.villages.Retirement;
import th.poverty.team.villages.VillageEvent;
import th.poverty.team.villages.VillageEvent.VillageRegistered;
import th.poverty.team.villages.VillageEvent.VillageRenamed;
import th.poverty.team.villages.VillageEvent.VillageRetired;

/**
 * The published contract keeps up with the code: every event team-service can emit is in
 * asyncapi.yaml with exactly its payload's fields, and a sample of each carries its required ones
 * and validates against the JSON Schema served for its type and schema version; and no published
 * schema version changes incompatibly (docs/events/README.md).
 */
class AsyncApiContractTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final List<Object> SAMPLES = List.of(
            new TeamFormed("t", TeamKind.SMILE_TEAM, "Smile Team คลองนา", "24", "2401", "240104", DAY),
            new TeamMemberJoined("t", "m", "สมศักดิ์", MemberRole.CDD_VOLUNTEER_LEADER, "24010403", DAY),
            new TeamMemberLeft("t", "m", DAY),
            new CarerRegistered("c", "สมศักดิ์", MemberRole.CDD_VOLUNTEER_LEADER, "24", "2401", "240104", "24010403", "t", "m"),
            new CarerAssigned("c", "h", "24", "2401", "240104", "24010403", DAY, UUID.randomUUID(), 3),
            new CarerReleased("c", "h", DAY, ReleaseReason.HOUSEHOLD_GRADUATED),
            new CarerCapSet("24", 4, DAY),
            new CareVisitRecorded("c", "h", DAY, "ผู้สูงอายุสุขภาพดีขึ้น", DAY.plusDays(14)),
            new CarerAccountLinked("c", "somsak.k"),
            new VillageRegistered("24050103", "24", "2405", "240501", 3, "หมู่บ้านตัวอย่าง", null),
            new VillageRenamed("24050103", "หมู่บ้านตัวอย่างใหม่", "Sample village"),
            new VillageRetired("24050103", Retirement.MERGED, "24050102", DAY));

    private static JsonNode asyncApi() throws Exception {
        try (InputStream in = AsyncApiContractTest.class.getResourceAsStream("/META-INF/resources/asyncapi.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    private static List<Class<?>> eventTypes() {
        List<Class<?>> types = new ArrayList<>(List.of(TeamEvent.class.getPermittedSubclasses()));
        types.addAll(List.of(CarerEvent.class.getPermittedSubclasses()));
        types.addAll(List.of(CarerCapEvent.class.getPermittedSubclasses()));
        types.addAll(List.of(VillageEvent.class.getPermittedSubclasses()));
        return types;
    }

    @Test
    void everyEventIsOnTheChannelWithExactlyItsFields() throws Exception {
        JsonNode doc = asyncApi();
        for (Class<?> type : eventTypes()) {
            String name = type.getSimpleName();
            assertThat(doc.at("/channels/teamEvents/messages/" + name).isMissingNode()).as(name + " on the channel").isFalse();
            JsonNode schema = doc.at("/components/schemas/" + name);
            assertThat(schema.isMissingNode()).as(name + " schema").isFalse();
            Set<String> documented = new HashSet<>();
            schema.get("properties").fieldNames().forEachRemaining(documented::add);
            Set<String> fields = new HashSet<>();
            for (var component : type.getRecordComponents()) {
                fields.add(component.getName());
            }
            assertThat(documented).as(name + " fields").isEqualTo(fields);
        }
    }

    /** One of each event, as team-service stores it and its relay publishes it. */
    private static List<NewEvent> encodedSamples() {
        var teams = EventCodec.of(TeamEvent.class);
        var carers = EventCodec.of(CarerEvent.class);
        var caps = EventCodec.of(CarerCapEvent.class);
        var villages = EventCodec.of(VillageEvent.class);
        List<NewEvent> encoded = new ArrayList<>();
        for (Object sample : SAMPLES) {
            encoded.add(switch (sample) {
                case TeamEvent team -> teams.encode(team);
                case CarerEvent carer -> carers.encode(carer);
                case CarerCapEvent cap -> caps.encode(cap);
                case VillageEvent village -> villages.encode(village);
                default -> throw new IllegalArgumentException(sample.toString());
            });
        }
        return encoded;
    }

    @Test
    void aSampleOfEachEventCarriesItsRequiredFields() throws Exception {
        JsonNode doc = asyncApi();
        var json = EventCodec.defaultMapper();
        for (NewEvent encoded : encodedSamples()) {
            JsonNode payload = json.readTree(encoded.payload());
            for (JsonNode required : doc.at("/components/schemas/" + encoded.type() + "/required")) {
                assertThat(payload.hasNonNull(required.asText())).as(encoded.type() + "." + required.asText()).isTrue();
            }
        }
        assertThat(SAMPLES.stream().<Class<?>>map(Object::getClass).toList()).containsExactlyInAnyOrderElementsOf(eventTypes());
    }

    @Test
    void aSampleOfEachEventValidatesAgainstTheServedSchemaOfItsTypeAndVersion() {
        ServedSchemas served = ServedSchemas.fromClasspath();
        for (NewEvent encoded : encodedSamples()) {
            assertThat(served.errors(encoded.type(), encoded.schemaVersion(), encoded.payload()))
                    .as(encoded.type() + " v" + encoded.schemaVersion() + ": " + encoded.payload()).isEmpty();
        }
    }

    @Test
    void noPublishedSchemaVersionChangesIncompatibly() {
        RecordedSchemas.inRepository("team-service").check(EventSchemas.of(AsyncApiDocument.fromClasspath()));
    }
}
