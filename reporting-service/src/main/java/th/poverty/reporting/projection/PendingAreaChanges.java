package th.poverty.reporting.projection;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaPath;
import th.poverty.reporting.measure.AreaChanges.PathChange;

/**
 * The area changes of large batches, staged in {@code area_changes_pending} and folded into the
 * area counters once per interval while batches keep staging, and as soon as they stop. A survey
 * import's batch touches most villages of a province, and adding to every level's totals and days
 * in every batch was most of PostgreSQL's work; staged per area path, the batch appends one
 * unindexed row of columns, and each interval's changes are rolled up and summed in one statement,
 * so each counter is written once per interval instead of once per batch. Sums commute, so small
 * batches still add to the counters at once (their numbers show without waiting for a fold) and a
 * fold may come before or after them.
 * <p>
 * Folds run on every instance while it stages, and once when it starts, for what an instance that
 * stopped left; one at a time, since they take the counters' lock, and one that finds it taken
 * leaves its rows to the next interval.
 */
@ApplicationScoped
public class PendingAreaChanges {

    private static final Logger LOG = Logger.getLogger(PendingAreaChanges.class);
    /** How long after its last staging an instance keeps folding: longer than any batch's transaction. */
    private static final Duration FOLDING_AFTER_STAGING = Duration.ofMinutes(1);
    /** How long without staging ends an import: its last batches have committed, so fold them now. */
    private static final Duration QUIET = Duration.ofSeconds(1);
    private static final Duration TICK = Duration.ofMillis(250);

    private final Pool pool;
    private final Vertx vertx;
    private final Duration interval;
    private final double busyShare;
    private final AtomicBoolean folding = new AtomicBoolean();
    private volatile long lastStaged;
    private long lastFold;
    private volatile long nextFold;
    private long timer = -1;

    /**
     * @param interval  how often to fold while a survey import's batches keep staging
     * @param busyShare the share of the time folds may take while they do: a fold that took longer
     *                  than that share of the interval puts the next one off
     */
    public PendingAreaChanges(Pool pool, Vertx vertx,
                              @ConfigProperty(name = "reporting.projection.fold-interval") Duration interval,
                              @ConfigProperty(name = "reporting.projection.fold-busy-share") double busyShare) {
        this.pool = pool;
        this.vertx = vertx;
        this.interval = interval;
        this.busyShare = busyShare;
    }

    void start(@Observes StartupEvent started) {
        lastStaged = System.nanoTime(); // what a stopped instance staged
        nextFold = lastStaged;
        timer = vertx.setPeriodic(TICK.toMillis(), tick -> foldWhenDue());
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /**
     * Appends the changes, summed per area path, day and measure, in the batch's transaction: one
     * row, whose arrays are the changes' columns.
     */
    Uni<Void> stage(SqlConnection tx, List<PathChange> changes) {
        lastStaged = System.nanoTime();
        Map<Pending, Long> sums = new HashMap<>();
        changes.forEach(change -> sums.merge(new Pending(change.path(), change.day(), change.measure()), change.delta(), Long::sum));
        sums.values().removeIf(delta -> delta == 0);
        if (sums.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = sums.size();
        String[] provinces = new String[n];
        String[] districts = new String[n];
        String[] tambons = new String[n];
        String[] villages = new String[n];
        LocalDate[] days = new LocalDate[n];
        String[] measures = new String[n];
        Long[] deltas = new Long[n];
        int i = 0;
        for (var sum : sums.entrySet()) {
            AreaPath path = sum.getKey().path();
            provinces[i] = path.province();
            districts[i] = path.district();
            tambons[i] = path.tambon();
            villages[i] = path.village();
            days[i] = sum.getKey().day();
            measures[i] = sum.getKey().measure();
            deltas[i++] = sum.getValue();
        }
        return tx.preparedQuery("""
                        insert into area_changes_pending (provinces, districts, tambons, villages, days, measures, deltas)
                        values ($1, $2, $3, $4, $5, $6, $7)""")
                .execute(Tuple.tuple(List.of(provinces, districts, tambons, villages, days, measures, deltas)))
                .replaceWithVoid();
    }

    private record Pending(AreaPath path, LocalDate day, String measure) {
    }

    /**
     * Moves every staged change into the counters, under the locks the projection takes in the
     * same order, and marks the areas for analytics; returns how many staged rows it moved.
     */
    public Uni<Long> fold() {
        return fold("select true from (select pg_advisory_xact_lock($1)) as locked");
    }

    /**
     * As {@link #fold()}, unless another transaction is adding to the counters (another
     * instance's fold, a small batch): then nothing, and the next interval folds what is staged.
     */
    Uni<Long> foldUnlessBusy() {
        return fold("select pg_try_advisory_xact_lock($1)");
    }

    private Uni<Long> fold(String lockCounters) {
        return pool.withTransaction(tx -> tx.preparedQuery("select pg_advisory_xact_lock_shared($1)")
                .execute(Tuple.of(ProjectionLocks.REBUILD))
                .chain(() -> tx.preparedQuery(lockCounters).execute(Tuple.of(ProjectionLocks.AREA_COUNTERS)))
                .chain(locked -> !locked.iterator().next().getBoolean(0) ? Uni.createFrom().item(0L)
                        : tx.query(Sql.FOLD_PENDING).execute().map(rows -> rows.iterator().next().getLong(0))));
    }

    /**
     * When the fold after one that ran from {@code started} to {@code ended} (nanoTime) is due: an
     * interval after it started, or later, so that folds take at most their busy share of the time.
     */
    static long next(long started, long ended, Duration interval, double busyShare) {
        return started + Math.max(interval.toNanos(), (long) ((ended - started) / busyShare));
    }

    /**
     * Folds once per interval while batches stage, or less often where folds would take more than
     * their share of the time (a national import changes every village's counters in each one),
     * and as soon as batches stop (an import's end), so its last changes show within a second or
     * so rather than up to an interval later.
     */
    private void foldWhenDue() {
        long now = System.nanoTime();
        long staged = lastStaged;
        boolean due = now - nextFold >= 0 || (now - staged >= QUIET.toNanos() && lastFold - staged < QUIET.toNanos());
        if (now - staged > FOLDING_AFTER_STAGING.toNanos() || !due || !folding.compareAndSet(false, true)) {
            return;
        }
        lastFold = now;
        foldUnlessBusy().onTermination().invoke(() -> {
            nextFold = next(now, System.nanoTime(), interval, busyShare);
            folding.set(false);
        }).subscribe().with(moved -> { }, failure -> LOG.warnf(failure, "Folding the pending area changes failed; "
                        + "the next interval tries again"));
    }
}
