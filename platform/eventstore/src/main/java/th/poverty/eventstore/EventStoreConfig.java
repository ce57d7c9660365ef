package th.poverty.eventstore;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "eventstore")
public interface EventStoreConfig {

    /** The CloudEvents source of this service's events, e.g. {@code household-service}. */
    @WithDefault("${quarkus.application.name}")
    String source();

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
    }
}
