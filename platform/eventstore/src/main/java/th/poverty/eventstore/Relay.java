package th.poverty.eventstore;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * The one relay from a service's database to Kafka; what it relays is a {@link Source}. One
 * instance per service leads at a time (a PostgreSQL advisory lock held on its connection); the
 * others stand by. It is woken by NOTIFY on the source's channel and polls as a fallback. Each
 * batch is sent in a Kafka transaction and marked published only after the commit, so nothing
 * owed is lost and read-committed consumers see each batch once; the transactional id also fences
 * a relay that lost its lock without knowing it. Kafka's settings are the service's own
 * ({@code kafka.*}: bootstrap servers, TLS, SASL), so it connects as the service's Kafka user.
 * <p>
 * With a {@code minInterval}, a batch after a quiet spell goes out at once, and under a steady
 * stream batches are at least that far apart (a full batch means a backlog: the next goes at once).
 * With a {@code busyShare} under 1, the relay rests after each batch so that, under a backlog, it
 * works at most that share of the time: a source whose records are costly to make (a summary
 * recomputed for whatever changed) then coalesces more changes into each record the busier the
 * service is, instead of taking a core from the work that changes them.
 * <p>
 * A leader that stops making progress (a frozen process, a hung call) loses its lead: its session
 * has PostgreSQL's {@code idle_session_timeout} set to the {@code leadershipTimeout}, so the
 * server ends a session that sends nothing for that long, and the lock with it; every round trip
 * of its own is bounded by the same time. A standby takes over, and its producer's transactional
 * id fences the old one in Kafka. Every instance, leading or not, measures what is owed now and
 * then, so the lag gauges hold on each.
 */
public final class Relay {

    private static final Logger LOG = Logger.getLogger(Relay.class);

    /** What a relay publishes: items owed to Kafka, read and marked in the service's database. */
    public interface Source<T> {

        /** Up to {@code limit} items owed, oldest first. */
        List<T> owed(Connection connection, int limit) throws SQLException;

        /** The records that publish the batch, in order. */
        List<ProducerRecord<String, String>> records(Connection connection, List<T> batch) throws SQLException;

        /** Marks the batch published, after Kafka committed it. */
        void published(Connection connection, List<T> batch) throws SQLException;

        /** Measures what is still owed: after a full batch, and when Kafka refused one. */
        default void measureBacklog(Connection connection) throws SQLException {
        }

        /** Nothing is owed. */
        default void caughtUp() {
        }

        /**
         * Sets aside an item Kafka refused for good, with why, so the relay goes on with the rest;
         * false if this source cannot, and the batch is tried again.
         */
        default boolean park(Connection connection, T item, String reason) throws SQLException {
            return false;
        }
    }

    /**
     * @param name            for the thread and the logs, e.g. {@code outbox-relay}
     * @param lockKey         the advisory lock only the leader holds
     * @param channel         the NOTIFY channel that wakes it
     * @param transactionalId the Kafka transactional id, the same on every instance of the service
     */
    public record Settings(String name, long lockKey, String channel, String transactionalId, int batchSize,
                           Duration pollInterval, Duration backoff, Duration minInterval, double busyShare,
                           Duration leadershipTimeout) {

        public Settings {
            if (!(busyShare > 0 && busyShare <= 1)) {
                throw new IllegalArgumentException(name + ": busy share " + busyShare + " must be over 0 and at most 1");
            }
            // a leader quiet for a poll, or waiting on Kafka's delivery timeout, still holds its lead
            if (leadershipTimeout.compareTo(pollInterval.plus(DELIVERY_TIMEOUT).plusSeconds(1)) < 0) {
                throw new IllegalArgumentException(name + ": leadership timeout " + leadershipTimeout
                        + " must exceed the poll interval and Kafka's delivery timeout (" + DELIVERY_TIMEOUT + ")");
            }
        }
    }

    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(10);
    /**
     * A commit of unknown outcome is awaited at most twice max.block.ms (5 s): with the records'
     * delivery (at most DELIVERY_TIMEOUT) it stays within the default 20 s leadership timeout.
     */
    private static final int COMMIT_ATTEMPTS = 2;
    /** How often an instance measures what is owed when nothing else makes it look. */
    private static final Duration MEASURE_EVERY = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final Settings settings;
    private final Source<Object> source;
    private final PublishedCounter counter;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Instant lastFailure = Instant.EPOCH;
    private volatile Instant lastSuccess = Instant.now();
    private volatile boolean leading;
    private long measuredAt = System.nanoTime() - MEASURE_EVERY.toNanos();

    /** Told how many items each batch published. */
    @FunctionalInterface
    public interface PublishedCounter {
        void published(int count);
    }

    @SuppressWarnings("unchecked")
    public Relay(DataSource dataSource, Map<String, Object> kafkaConfig, Settings settings, Source<?> source,
                 PublishedCounter counter) {
        this.dataSource = dataSource;
        this.kafkaConfig = kafkaConfig;
        this.settings = settings;
        this.source = (Source<Object>) source;
        this.counter = counter;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name(settings.name()).daemon().start(this::run);
    }

    /** Stops within a poll interval: not interrupted, so the Kafka producer closes cleanly. */
    public synchronized void stop() {
        running = false;
        Thread current = thread;
        if (current != null) {
            try {
                current.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    /** True unless this relay leads and its last attempt to read or publish failed. */
    public boolean healthy() {
        return !leading || lastSuccess.isAfter(lastFailure);
    }

    public boolean leading() {
        return leading;
    }

    private void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                connection.setNetworkTimeout(Runnable::run, (int) settings.leadershipTimeout().toMillis());
                if (tryLead(connection)) {
                    leading = true;
                    LOG.infof("%s leads", settings.name());
                    try {
                        relay(connection);
                    } finally {
                        handBack(connection);
                    }
                } else {
                    measureNowAndThen(connection);
                    pause(settings.pollInterval().multipliedBy(3));
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    lastFailure = Instant.now();
                    LOG.warnf("%s: %s; retrying", settings.name(), e.getMessage());
                    pause(settings.backoff());
                }
            } finally {
                leading = false;
            }
        }
    }

    private void relay(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("set idle_session_timeout = " + settings.leadershipTimeout().toMillis());
            statement.execute("listen " + settings.channel());
        }
        KafkaProducer<String, String> producer = null;
        try {
            long nextBatch = System.nanoTime();
            while (running) {
                long early = nextBatch - System.nanoTime();
                if (early > 0) {
                    pause(Duration.ofNanos(early));
                    continue;
                }
                long started = System.nanoTime();
                List<Object> batch = source.owed(connection, settings.batchSize());
                if (batch.isEmpty()) {
                    // nothing owed and the database answered: working again, or a quiet service that
                    // lost its database once would stay not ready until its next change
                    lastSuccess = Instant.now();
                    source.caughtUp();
                    measuredAt = System.nanoTime();
                    connection.unwrap(PGConnection.class).getNotifications((int) settings.pollInterval().toMillis());
                    continue;
                }
                List<ProducerRecord<String, String>> records = source.records(connection, batch);
                List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
                try {
                    if (producer == null) {
                        producer = newProducer();
                        producer.initTransactions();
                    }
                    publish(producer, records, sent);
                } catch (KafkaException e) {
                    close(producer);
                    producer = null;
                    if (parkRefused(connection, batch, sent)) {
                        continue;
                    }
                    lastFailure = Instant.now();
                    LOG.warnf("%s: Kafka refused a batch of %d (%s); retrying", settings.name(), batch.size(),
                            e.getMessage());
                    source.measureBacklog(connection);
                    pause(settings.backoff());
                    continue;
                }
                source.published(connection, batch);
                lastSuccess = Instant.now();
                counter.published(batch.size());
                boolean full = batch.size() == settings.batchSize();
                if (full) {
                    source.measureBacklog(connection);
                    measuredAt = System.nanoTime();
                } else {
                    measureNowAndThen(connection);
                }
                long now = System.nanoTime();
                long rest = (long) ((now - started) * (1 / settings.busyShare() - 1));
                nextBatch = now + Math.max(rest, full ? 0 : settings.minInterval().toNanos());
            }
        } finally {
            close(producer);
        }
    }

    /**
     * Sends the batch in a transaction and commits it once every record is acknowledged; a record
     * refused ends the attempt with its futures done, so the refused one can be told apart.
     */
    private static void publish(KafkaProducer<String, String> producer, List<ProducerRecord<String, String>> records,
                                List<Future<RecordMetadata>> sent) {
        producer.beginTransaction();
        records.forEach(record -> sent.add(producer.send(record)));
        producer.flush();
        for (Future<RecordMetadata> future : sent) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new KafkaException("a record of the batch was refused", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaException("interrupted while publishing", e);
            }
        }
        commit(producer);
    }

    /**
     * Commits, and awaits a commit whose outcome is not known yet (a broker restarting: the commit
     * may have gone through while its answer was lost) by committing again, which Kafka allows
     * after a timeout. Sending the batch again instead would publish it twice. The attempts stay
     * within the leadership timeout, so another instance does not take the outbox over meanwhile.
     */
    private static void commit(KafkaProducer<String, String> producer) {
        for (int attempt = 1; ; attempt++) {
            try {
                producer.commitTransaction();
                return;
            } catch (TimeoutException stillUnknown) {
                if (attempt == COMMIT_ATTEMPTS) {
                    throw stillUnknown;
                }
            }
        }
    }

    /**
     * Parks the items whose records Kafka refused for what they are, not for how it is doing (a
     * record too large for the topic, one it cannot take): retried, the batch would fail the same
     * way forever, with everything behind it. True if any was parked; the rest goes again at once.
     */
    private boolean parkRefused(Connection connection, List<Object> batch, List<Future<RecordMetadata>> sent)
            throws SQLException {
        boolean parked = false;
        for (int i = 0; i < sent.size(); i++) {
            Throwable refusal = refusal(sent.get(i));
            if (refusal != null && source.park(connection, batch.get(i), refusal.getMessage())) {
                LOG.errorf("%s: Kafka refused an item for good and it is parked: %s", settings.name(), refusal.getMessage());
                parked = true;
            }
        }
        return parked;
    }

    /** Why Kafka refused the record for good, or null if it did not (or for a reason that may pass). */
    private static Throwable refusal(Future<RecordMetadata> future) {
        if (!future.isDone()) {
            return null;
        }
        try {
            future.get();
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return cause instanceof RecordTooLargeException || cause instanceof InvalidRecordException ? cause : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (CancellationException e) {
            return null;
        }
    }

    /**
     * Leaves the pooled connection as it was lent: its lock released, its session's timeout and
     * LISTEN undone. Nothing to do for one the server has ended.
     */
    private void handBack(Connection connection) {
        try (var statement = connection.createStatement()) {
            statement.execute("unlisten *");
            statement.execute("reset idle_session_timeout");
            statement.execute("select pg_advisory_unlock_all()");
            connection.setNetworkTimeout(Runnable::run, 0);
        } catch (SQLException | RuntimeException gone) {
            LOG.debugf("%s: the connection is gone (%s)", settings.name(), gone.getMessage());
        }
    }

    /** Measures what is owed if it has not been for a while: on a standby, the leader may be stuck. */
    private void measureNowAndThen(Connection connection) throws SQLException {
        if (System.nanoTime() - measuredAt >= MEASURE_EVERY.toNanos()) {
            source.measureBacklog(connection);
            measuredAt = System.nanoTime();
        }
    }

    private boolean tryLead(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, settings.lockKey());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    private KafkaProducer<String, String> newProducer() {
        Map<String, Object> producerSettings = new HashMap<>(kafkaConfig);
        producerSettings.putAll(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, settings.transactionalId(),
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) DELIVERY_TIMEOUT.toMillis(),
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 60_000));
        producerSettings.keySet().retainAll(ProducerConfig.configNames());
        return new KafkaProducer<>(producerSettings, new StringSerializer(), new StringSerializer());
    }

    private static void close(KafkaProducer<String, String> producer) {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debug("closing the producer failed", e);
            }
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
