package th.poverty.household.bmn;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.LockSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Imports queued jobs in the background, oldest first, on one virtual thread per instance. At
 * startup it resumes whatever a stopped instance left: the staged rows are the work still to do.
 * Woken at once by an upload on this instance, it also looks every poll interval for jobs other
 * instances accepted. Instances may share a job: each batch claims its rows by deleting them from
 * the staged rows. It does not outrun the outbox relay ({@link OutboxBacklog}). While the database
 * is away it waits; a batch that fails for another reason is tried a few times, then the job is
 * marked FAILED.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration UNAVAILABLE_BACKOFF = Duration.ofSeconds(5);

    private final ImportJobs jobs;
    private final ImportBatch batch;
    private final OutboxBacklog backlog;
    private final BmnImportConfig config;
    private volatile boolean running;
    private volatile Thread thread;

    public ImportWorker(ImportJobs jobs, ImportBatch batch, OutboxBacklog backlog, BmnImportConfig config) {
        this.jobs = jobs;
        this.batch = batch;
        this.backlog = backlog;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        thread = Thread.ofVirtual().name("bmn-import").start(this::run);
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        Thread current = thread;
        if (current != null) {
            current.interrupt();
            try {
                current.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A job was queued on this instance: start it now rather than at the next poll. */
    void wake() {
        Thread current = thread;
        if (current != null) {
            LockSupport.unpark(current);
        }
    }

    private void run() {
        while (running) {
            try {
                Optional<ImportJob> next = jobs.nextPending().await().indefinitely();
                if (next.isPresent()) {
                    work(next.get());
                } else {
                    LockSupport.parkNanos(config.pollInterval().toNanos());
                }
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("BMN import worker: %s; retrying", e.getMessage());
                    pause(FIRST_BACKOFF.multipliedBy(4));
                }
            }
        }
    }

    /**
     * Imports the job batch by batch: while the database commits up to {@code parallel-batches}
     * batches (each on its own connection, so PostgreSQL works on several cores), the next batch
     * is read and decided here. After any failure every batch in flight is let finish and the
     * job goes on from its first row still staged. A batch that keeps failing marks the job FAILED.
     */
    private void work(ImportJob job) {
        LOG.infof("BMN import %s: survey year %d, %d rows, from row %d", job.id(), job.surveyYear(), job.rowsTotal(),
                job.rowsRead() + 1);
        Deque<CompletableFuture<Void>> inFlight = new ArrayDeque<>();
        int failures = 0;
        int afterRow = 0;
        while (running) {
            try {
                ImportBatch.Prepared next = batch.prepare(job, afterRow);
                if (next.isEmpty()) {
                    while (!inFlight.isEmpty()) {
                        inFlight.removeFirst().join();
                    }
                    jobs.finish(job.id()).await().indefinitely();
                    LOG.infof("BMN import %s done", job.id());
                    return;
                }
                afterRow = next.lastRow();
                backlog.awaitRoom();
                inFlight.addLast(batch.commit(job, next).subscribeAsCompletionStage());
                if (inFlight.size() >= config.parallelBatches()) {
                    inFlight.removeFirst().join();
                    failures = 0;
                }
            } catch (RuntimeException e) {
                settle(inFlight);
                afterRow = 0;
                Throwable failure = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                if (!running) {
                    return;
                }
                if (failure instanceof ImportBatch.RowsTaken) {
                    LOG.debugf("BMN import %s: %s; reading on from the first row left", job.id(), failure.getMessage());
                    continue;
                }
                if (isTransient(failure)) {
                    LOG.warnf("BMN import %s: the database is unavailable (%s); waiting", job.id(), failure.getMessage());
                    pause(UNAVAILABLE_BACKOFF);
                    continue;
                }
                failures++;
                LOG.warnf(failure, "BMN import %s: a batch failed (attempt %d of %d)", job.id(), failures,
                        config.maxAttempts());
                if (failures >= config.maxAttempts()) {
                    jobs.fail(job.id(), "A batch failed " + failures + " times, the last time with: " + summary(failure))
                            .await().indefinitely();
                    return;
                }
                pause(FIRST_BACKOFF.multipliedBy(1L << Math.min(failures - 1, 5)));
            }
        }
        settle(inFlight);
    }

    /** Waits for the batches in flight to end either way, so that rows are read again only once they have. */
    private static void settle(Deque<CompletableFuture<Void>> inFlight) {
        while (!inFlight.isEmpty()) {
            try {
                inFlight.removeFirst().join();
            } catch (RuntimeException ignored) {
                // the failure being handled, or one the next attempt meets again
            }
        }
    }


    /** The database was away or too busy: the batch is right and will go through once it is back. */
    public static boolean isTransient(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ClosedConnectionException) {
                return true;
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null
                    && List.of("08", "40", "53", "57").contains(pg.getSqlState().substring(0, 2))) {
                return true;
            }
        }
        return false;
    }

    /** The failure as a job records it: its kind and message, cut short. */
    public static String summary(Throwable e) {
        String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return message.length() > 500 ? message.substring(0, 500) : message;
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
