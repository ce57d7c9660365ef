package th.poverty.team;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.Areas;
import th.poverty.testing.Infrastructure;
import th.poverty.testing.PublishedEvent;

/**
 * Plays household-service on the real broker, with its documented envelope (see PublishedEvent),
 * through one producer for the test JVM so a test can identify hundreds of households quickly.
 */
public final class HouseholdEventsTopic {

    public static final String TOPIC = "household.events";

    private static KafkaProducer<String, String> producer;

    private HouseholdEventsTopic() {
    }

    /** Identifies {@code count} new households in the village and waits until team-service knows them all. */
    public static List<String> identified(Pool pool, String villageCode, int count) {
        var path = Areas.thailand().pathOf(villageCode).orElseThrow();
        List<PublishedEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(PublishedEvent.householdIdentified(UUID.randomUUID().toString(), villageCode, path.tambon(),
                    path.district()));
        }
        publish(events);
        List<String> ids = events.stream().map(PublishedEvent::key).toList();
        awaitKnown(pool, ids);
        return ids;
    }

    public static String identified(Pool pool, String villageCode) {
        return identified(pool, villageCode, 1).getFirst();
    }

    /**
     * {@code count} new households in the village that need a carer (classified ก, welfare) and
     * wait for one, once team-service knows them all.
     */
    public static List<String> needingCare(Pool pool, String villageCode, int count) {
        var path = Areas.thailand().pathOf(villageCode).orElseThrow();
        List<PublishedEvent> events = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            events.add(PublishedEvent.householdIdentified(id, villageCode, path.tambon(), path.district()));
            events.add(classified(id, "WELFARE"));
        }
        publish(events);
        await().atMost(Duration.ofSeconds(60)).until(() -> pool
                .preparedQuery("select count(*) from care_households where household_id = any($1) and welfare_on is not null")
                .execute(Tuple.of(ids.toArray(String[]::new))).await().indefinitely()
                .iterator().next().getLong(0) == count);
        return ids;
    }

    public static String needingCare(Pool pool, String villageCode) {
        return needingCare(pool, villageCode, 1).getFirst();
    }

    public static PublishedEvent classified(String householdId, String group) {
        return event("HouseholdClassified", householdId, 4, """
                {"householdId": "%s", "group": "%s"}""".formatted(householdId, group));
    }

    /** plan-service's PlanAgreed: the household's life compass was agreed, its MOU signed. */
    public static PublishedEvent compassAgreed(String householdId, String signedOn) {
        String planId = UUID.randomUUID().toString();
        return PublishedEvent.of("plan.events", "plan-service", "PlanAgreed", "plan", planId, 2, """
                {"planId": "%s", "householdId": "%s", "planVersion": 1, "signedOn": "%s", "place": "ศาลาหมู่บ้าน"}"""
                .formatted(planId, householdId, signedOn));
    }

    public static PublishedEvent closed(String householdId, String closure) {
        return event("HouseholdClosed", householdId, 5, """
                {"householdId": "%s", "closure": "%s", "duplicateOf": null}""".formatted(householdId, closure));
    }

    public static PublishedEvent graduated(String householdId) {
        return event("HouseholdGraduated", householdId, 7, """
                {"householdId": "%s", "graduatedOn": "2026-11-20", "annualIncomePerPerson": 52000, "threshold": 38000}"""
                .formatted(householdId));
    }

    public static PublishedEvent reopened(String householdId) {
        return event("HouseholdReopened", householdId, 6, "{\"householdId\": \"%s\"}".formatted(householdId));
    }

    public static PublishedEvent moved(String householdId, String villageCode) {
        var path = Areas.thailand().pathOf(villageCode).orElseThrow();
        return event("HouseholdDetailsCorrected", householdId, 3, """
                {"householdId": "%s", "provinceCode": "%s", "districtCode": "%s", "tambonCode": "%s", "villageCode": "%s",
                 "members": null, "personalFields": ["address"]}""".formatted(householdId, path.province(),
                path.district(), path.tambon(), villageCode));
    }

    private static PublishedEvent event(String type, String householdId, long version, String payload) {
        return PublishedEvent.of(TOPIC, "household-service", type, "household", householdId, version, payload);
    }

    /** Keyed by the household, as household-service's relay does: one household's events stay in order. */
    public static void publish(List<PublishedEvent> events) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (PublishedEvent e : events) {
            sent.add(producer().send(new ProducerRecord<>(e.topic(), null, e.key(), e.value(), e.headers())));
        }
        producer().flush();
        try {
            for (var future : sent) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot publish to " + TOPIC, e.getCause());
        }
    }

    public static void awaitKnown(Pool pool, Collection<String> householdIds) {
        await().atMost(Duration.ofSeconds(60)).until(() -> pool
                .preparedQuery("select count(*) from care_households where household_id = any($1)")
                .execute(Tuple.of(householdIds.toArray(String[]::new))).await().indefinitely()
                .iterator().next().getLong(0) == householdIds.size());
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.shared().kafka().bootstrapServers(),
                    ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new StringSerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(producer::close));
        }
        return producer;
    }
}
