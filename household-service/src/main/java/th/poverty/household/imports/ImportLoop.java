package th.poverty.household.imports;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.LockSupport;

import org.jboss.logging.Logger;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import th.poverty.household.bmn.OutboxBacklog;

/**
 * Imports one kind's queued jobs in the background, oldest first, on one virtual thread per
 * instance; each import's worker bean starts and stops it. At startup it resumes whatever a
 * stopped instance left: the staged rows are the work still to do. Woken at once by an upload on
 * this instance, it also looks every poll interval for jobs other instances accepted. Instances
 * may share a job: each batch claims its rows by deleting them from the staged rows. It does not
 * outrun the outbox relay ({@link OutboxBacklog}). While the database is away it waits; a batch
 * that fails for another reason is tried a few times, then the job is marked FAILED.
 */
public final class ImportLoop<J extends QueuedImport, B extends ImportBatches.Prepared> {

    private static final Logger LOG = Logger.getLogger(ImportLoop.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration UNAVAILABLE_BACKOFF = Duration.ofSeconds(5);

    /**
     * @param name            the import as the log names it: "BMN import"
     * @param parallelBatches batches committing at once, each on its own connection
     */
    public record Settings(String name, int parallelBatches, Duration pollInterval, int maxAttempts) {
    }

    private final Settings settings;
    private final ImportQueue<J> jobs;
    private final ImportBatches<J, B> batches;
    private final OutboxBacklog backlog;
    private volatile boolean running;
    private volatile Thread thread;

    public ImportLoop(Settings settings, ImportQueue<J> jobs, ImportBatches<J, B> batches, OutboxBacklog backlog) {
        this.settings = settings;
        this.jobs = jobs;
        this.batches = batches;
        this.backlog = backlog;
    }

    public void start(String threadName) {
        running = true;
        thread = Thread.ofVirtual().name(threadName).start(this::run);
    }

    public void stop() {
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
    public void wake() {
        Thread current = thread;
        if (current != null) {
            LockSupport.unpark(current);
        }
    }

    private void run() {
        while (running) {
            try {
                Optional<J> next = jobs.nextPending().await().indefinitely();
                if (next.isPresent()) {
                    work(next.get());
                } else {
                    LockSupport.parkNanos(settings.pollInterval().toNanos());
                }
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("%s worker: %s; retrying", settings.name(), e.getMessage());
                    pause(FIRST_BACKOFF.multipliedBy(4));
                }
            }
        }
    }

    /**
     * Imports the job batch by batch: while the database commits up to {@code parallelBatches}
     * batches (each on its own connection, so PostgreSQL works on several cores), the next batch
     * is read and decided here. After any failure every batch in flight is let finish and the
     * job goes on from its first row still staged. A batch that keeps failing marks the job FAILED.
     */
    private void work(J job) {
        String name = settings.name();
        LOG.infof("%s %s: %s, %d rows, from row %d", name, job.id(), job.describe(), job.rowsTotal(), job.rowsRead() + 1);
        Deque<CompletableFuture<Void>> inFlight = new ArrayDeque<>();
        int failures = 0;
        int afterRow = 0;
        while (running) {
            try {
                B next = batches.prepare(job, afterRow);
                if (next.isEmpty()) {
                    while (!inFlight.isEmpty()) {
                        inFlight.removeFirst().join();
                    }
                    jobs.finish(job.id()).await().indefinitely();
                    LOG.infof("%s %s done", name, job.id());
                    return;
                }
                afterRow = next.lastRow();
                backlog.awaitRoom();
                inFlight.addLast(batches.commit(job, next).subscribeAsCompletionStage());
                if (inFlight.size() >= settings.parallelBatches()) {
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
                if (failure instanceof RowsTaken) {
                    LOG.debugf("%s %s: %s; reading on from the first row left", name, job.id(), failure.getMessage());
                    continue;
                }
                if (isTransient(failure)) {
                    LOG.warnf("%s %s: the database is unavailable (%s); waiting", name, job.id(), failure.getMessage());
                    pause(UNAVAILABLE_BACKOFF);
                    continue;
                }
                failures++;
                LOG.warnf(failure, "%s %s: a batch failed (attempt %d of %d)", name, job.id(), failures,
                        settings.maxAttempts());
                if (failures >= settings.maxAttempts()) {
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
    static boolean isTransient(Throwable e) {
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
    static String summary(Throwable e) {
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
