package th.poverty.eventstore;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** What operators watch: events appended and published, outbox lag, conflicts, duplicates skipped. */
@ApplicationScoped
public class EventStoreMetrics {

    private final MeterRegistry registry;
    private final AtomicLong outboxLag = new AtomicLong();
    private final AtomicLong oldestUnpublishedAgeMillis = new AtomicLong();
    private final AtomicLong parkedStreams = new AtomicLong();

    public EventStoreMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("eventstore.outbox.lag", outboxLag, AtomicLong::get)
                .description("stored events not yet published to Kafka")
                .register(registry);
        Gauge.builder("eventstore.outbox.oldest.age", oldestUnpublishedAgeMillis, AtomicLong::get)
                .description("age in milliseconds of the oldest unpublished event")
                .baseUnit("milliseconds")
                .register(registry);
        Gauge.builder("eventstore.outbox.parked", parkedStreams, AtomicLong::get)
                .description("streams whose publishing waits behind an event Kafka refused for good")
                .register(registry);
    }

    void appended(String streamType, int count) {
        counter("eventstore.events.appended", "stream_type", streamType).increment(count);
    }

    void conflict(String streamType) {
        counter("eventstore.append.conflicts", "stream_type", streamType).increment();
    }

    void published(String topic, int count) {
        counter("eventstore.events.published", "topic", topic).increment(count);
    }

    void outbox(long lag, long oldestAgeMillis) {
        outboxLag.set(lag);
        oldestUnpublishedAgeMillis.set(oldestAgeMillis);
    }

    void parked(String streamType, long streams) {
        counter("eventstore.events.parked", "stream_type", streamType).increment();
        parkedStreams.set(streams);
    }

    void parkedStreams(long streams) {
        parkedStreams.set(streams);
    }

    void duplicatesSkipped(String consumer, int count) {
        counter("inbox.duplicates.skipped", "consumer", consumer).increment(count);
    }

    void handled(String consumer, int count) {
        counter("inbox.events.handled", "consumer", consumer).increment(count);
    }

    void held(String consumer) {
        counter("inbox.events.held", "consumer", consumer).increment();
    }

    void deadLettered(String consumer) {
        counter("inbox.events.dead.lettered", "consumer", consumer).increment();
    }

    public long outboxLag() {
        return outboxLag.get();
    }

    /** Age of the oldest unpublished event, as this instance last measured it. */
    Duration oldestUnpublishedAge() {
        return Duration.ofMillis(oldestUnpublishedAgeMillis.get());
    }

    private Counter counter(String name, String tag, String value) {
        return Counter.builder(name).tag(tag, value).register(registry);
    }
}
