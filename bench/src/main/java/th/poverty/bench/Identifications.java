package th.poverty.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import th.poverty.area.Area;
import th.poverty.area.Areas;
import th.poverty.domain.TimeOrderedIds;
import th.poverty.testing.PublishedEvent;

/**
 * household-service's {@code HouseholdIdentified}, as its AsyncAPI document describes it,
 * produced straight onto household.events: what a survey import leaves for the consumers, whose
 * households and events have time-ordered ids, as the import and the event store give them.
 */
final class Identifications {

    static final String TOPIC = "household.events";
    /** The domain topics every follower subscribes to, as the services' deployments create them. */
    static final List<String> TOPICS = List.of(TOPIC, "team.events", "plan.events");

    private Identifications() {
    }

    /** Creates the domain topics that do not exist yet, three partitions each. */
    static void createTopics(String bootstrapServers) throws Exception {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var existing = admin.listTopics().names().get();
            admin.createTopics(TOPICS.stream().filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, 3, (short) 1)).toList()).all().get();
        }
    }

    /**
     * Identifies {@code households} new households in the villages, in turn; returns when Kafka has
     * them all, with the last household of each partition: a consumer that keeps each partition's
     * order has taken up every household once it has taken up these.
     */
    static Set<String> produce(String bootstrapServers, int households, List<String> villages) {
        String day = LocalDate.now().minusDays(1).toString();
        Map<Integer, Map.Entry<Long, String>> last = new ConcurrentHashMap<>();
        try (var producer = producer(bootstrapServers)) {
            for (int i = 0; i < households; i++) {
                String id = TimeOrderedIds.next().toString();
                var event = PublishedEvent.of(TimeOrderedIds.next(), TOPIC, "household-service", "HouseholdIdentified",
                        "household", id, 1, payload(id, villages.get(i % villages.size()), day));
                send(producer, event, (sent, failed) -> {
                    if (failed != null) {
                        throw new IllegalStateException(failed);
                    }
                    last.merge(sent.partition(), Map.entry(sent.offset(), id), (a, b) -> a.getKey() > b.getKey() ? a : b);
                });
            }
            producer.flush();
        }
        return last.values().stream().map(Map.Entry::getValue).collect(Collectors.toSet());
    }

    static KafkaProducer<String, String> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new StringSerializer(), new StringSerializer());
    }

    static String payload(String id, String village, String day) {
        var path = Areas.thailand().pathOf(village).orElseThrow();
        return """
                {"householdId":"%s","source":"BMN_SURVEY","provinceCode":"%s","districtCode":"%s","tambonCode":"%s",\
                "villageCode":"%s","identifiedOn":"%s","reason":"BMN","headIdHash":"h%s","surveyYear":2569,\
                "members":4,"annualIncomePerPerson":30000,"failedIndicators":[23]}"""
                .formatted(id, path.province(), path.district(), path.tambon(), path.village(), day, id);
    }

    static void send(KafkaProducer<String, String> producer, PublishedEvent event) {
        send(producer, event, null);
    }

    private static void send(KafkaProducer<String, String> producer, PublishedEvent event, Callback acknowledged) {
        producer.send(new ProducerRecord<>(event.topic(), null, event.key(), event.value(), event.headers()), acknowledged);
    }

    /** A village of every tambon in the area ("" for the whole country). */
    static List<String> villagesOf(String area) {
        Areas areas = Areas.thailand();
        List<String> provinces = area.isEmpty() ? areas.provinces().stream().map(Area::code).toList() : List.of(area);
        List<String> villages = new ArrayList<>();
        for (String province : provinces) {
            for (Area district : areas.children(province)) {
                for (Area tambon : areas.children(district.code())) {
                    villages.add(tambon.code() + "01");
                }
            }
        }
        return villages;
    }
}
