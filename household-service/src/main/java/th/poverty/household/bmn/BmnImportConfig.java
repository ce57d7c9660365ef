package th.poverty.household.bmn;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/** Settings of the BMN survey import ({@code household.bmn.*}). */
@ConfigMapping(prefix = "household.bmn")
public interface BmnImportConfig {

    /** The largest file accepted: a larger upload is refused (413) before it is read. */
    @WithDefault("200M")
    @WithConverter(MemorySizeConverter.class)
    MemorySize maxUploadSize();

    /** Rows per transaction: each batch commits its households, events and the job's counters together. */
    @WithDefault("2000")
    int batchSize();

    /**
     * Batches committing at once, each in its own transaction and connection: the next batch is
     * decided while they commit, and PostgreSQL works on as many cores.
     */
    @WithDefault("2")
    int parallelBatches();

    /**
     * Unpublished events (the outbox) above which an import waits for the relay before its next
     * batch, so that it does not outrun publishing to Kafka.
     */
    @WithDefault("20000")
    int maxUnpublished();

    /** The longest an import waits for the relay per batch; after it, it goes on (Kafka may be away). */
    @WithDefault("30s")
    Duration maxPublishWait();

    /** How often an idle worker looks for jobs another instance accepted (its own uploads wake it at once). */
    @WithDefault("5s")
    Duration pollInterval();

    /** Attempts at one batch before the job is marked FAILED (uploading the file again resumes it). */
    @WithDefault("5")
    int maxAttempts();

    /** How long a received file waits while this instance copies another before it is refused (503). */
    @WithDefault("60s")
    Duration uploadWait();
}
