package th.poverty.household.tpmap;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import th.poverty.household.bmn.BmnImportConfig;
import th.poverty.household.bmn.ImportWorker;
import th.poverty.household.bmn.OutboxBacklog;

/**
 * Imports queued TPMAP lists in the background, oldest first, one batch after another on one
 * virtual thread per instance (a list is a province's targets, far fewer rows than a survey). At
 * startup it resumes what a stopped instance left. It does not outrun the outbox relay; while the
 * database is away it waits; a batch that keeps failing marks the job FAILED.
 */
@ApplicationScoped
public class TpmapWorker {

    private static final Logger LOG = Logger.getLogger(TpmapWorker.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration UNAVAILABLE_BACKOFF = Duration.ofSeconds(5);

    private final TpmapJobs jobs;
    private final TpmapBatch batch;
    private final OutboxBacklog backlog;
    private final BmnImportConfig config;
    private volatile boolean running;
    private volatile Thread thread;

    public TpmapWorker(TpmapJobs jobs, TpmapBatch batch, OutboxBacklog backlog, BmnImportConfig config) {
        this.jobs = jobs;
        this.batch = batch;
        this.backlog = backlog;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        thread = Thread.ofVirtual().name("tpmap-import").start(this::run);
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

    /** A list was queued on this instance: start it now rather than at the next poll. */
    void wake() {
        Thread current = thread;
        if (current != null) {
            LockSupport.unpark(current);
        }
    }

    private void run() {
        while (running) {
            try {
                Optional<TpmapJob> next = jobs.nextPending().await().indefinitely();
                if (next.isPresent()) {
                    work(next.get());
                } else {
                    LockSupport.parkNanos(config.pollInterval().toNanos());
                }
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("TPMAP import worker: %s; retrying", e.getMessage());
                    pause(FIRST_BACKOFF.multipliedBy(4));
                }
            }
        }
    }

    private void work(TpmapJob job) {
        LOG.infof("TPMAP import %s: list year %d, %d rows, from row %d", job.id(), job.listYear(), job.rowsTotal(),
                job.rowsRead() + 1);
        int failures = 0;
        while (running) {
            try {
                List<TpmapBatch.Staged> rows = batch.read(job);
                if (rows.isEmpty()) {
                    jobs.finish(job.id()).await().indefinitely();
                    LOG.infof("TPMAP import %s done", job.id());
                    return;
                }
                backlog.awaitRoom();
                batch.commit(job, rows).await().indefinitely();
                failures = 0;
            } catch (TpmapBatch.RowsTaken e) {
                LOG.debugf("TPMAP import %s: %s; reading on", job.id(), e.getMessage());
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                if (ImportWorker.isTransient(e)) {
                    LOG.warnf("TPMAP import %s: the database is unavailable (%s); waiting", job.id(), e.getMessage());
                    pause(UNAVAILABLE_BACKOFF);
                    continue;
                }
                failures++;
                LOG.warnf(e, "TPMAP import %s: a batch failed (attempt %d of %d)", job.id(), failures, config.maxAttempts());
                if (failures >= config.maxAttempts()) {
                    jobs.fail(job.id(), "A batch failed " + failures + " times, the last time with: "
                            + ImportWorker.summary(e)).await().indefinitely();
                    return;
                }
                pause(FIRST_BACKOFF.multipliedBy(1L << Math.min(failures - 1, 5)));
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
