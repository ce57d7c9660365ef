package th.poverty.household.bmn;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Flow control between the import and the outbox relay: an import appends events far faster
 * than one relay publishes them, so it waits while too many are still unpublished. The outbox
 * stays short (consumers see the households as they are imported, not an hour later), and a
 * broker that is away slows the import down instead of piling up a million events.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);
    private static final Duration RECHECK = Duration.ofMillis(50);

    private final Pool pool;
    private final int limit;
    private final Duration maxWait;

    public OutboxBacklog(Pool pool, BmnImportConfig config) {
        this.pool = pool;
        this.limit = config.maxUnpublished();
        this.maxWait = config.maxPublishWait();
    }

    /** Waits (blocking) until fewer than the limit of events await publishing, or the longest wait passed. */
    public void awaitRoom() {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (unpublishedReachLimit()) {
            if (System.nanoTime() > deadline) {
                LOG.warnf("BMN import: %d or more events still unpublished after %s; going on (is Kafka away?)", limit,
                        maxWait);
                return;
            }
            try {
                Thread.sleep(RECHECK);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean unpublishedReachLimit() {
        // counts no further than the limit: cheap however long the outbox is
        return pool.preparedQuery("select count(*) from (select 1 from outbox limit $1) as waiting")
                .execute(Tuple.of(limit))
                .map(rows -> rows.iterator().next().getLong(0) >= limit)
                .await().indefinitely();
    }
}
