package th.poverty.eventstore;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "eventstore")
public interface EventStoreConfig {

    /** The CloudEvents source of this service's events, e.g. {@code household-service}. */
    @WithDefault("${quarkus.application.name}")
    String source();

    /**
     * The largest event stored (payload and metadata, UTF-8): a larger one is refused (413) before
     * anything is written. The relay's producer ({@code max.request.size}) and the topics
     * ({@code max.message.bytes}) take {@link #recordLimit} of it, so the broker takes every
     * event stored.
     */
    @WithName("max-event-size")
    @WithDefault("256K")
    MemorySize maxEventSize();

    /** Room in a Kafka record beyond the event: the CloudEvents headers, keys and batch framing. */
    long RECORD_HEADROOM = 64 * 1024;

    /** The Kafka record size that holds any event stored: producers' and topics' limit. */
    static long recordLimit(long maxEventSize) {
        return maxEventSize + RECORD_HEADROOM;
    }

    Outbox outbox();

    interface Outbox {
        /** The topic this service's events are published to, e.g. {@code household.events}. */
        String topic();

        @WithDefault("true")
        boolean enabled();

        @WithName("batch-size")
        @WithDefault("500")
        int batchSize();

        /** How long the relay waits for a NOTIFY before it looks anyway. */
        @WithName("poll-interval")
        @WithDefault("1s")
        Duration pollInterval();

        /** How long the relay waits before it tries again after Kafka or the database failed. */
        @WithDefault("1s")
        Duration backoff();

        /**
         * How long a leading relay may make no progress before it loses its lead to another
         * instance (it must exceed the poll interval and Kafka's delivery timeout, 10 s).
         */
        @WithName("leadership-timeout")
        @WithDefault("20s")
        Duration leadershipTimeout();

        /** How old the oldest unpublished event may grow before the leading instance is not ready. */
        @WithName("stalled-after")
        @WithDefault("2m")
        Duration stalledAfter();
    }
}
