package th.poverty.team.carer;

import java.util.Set;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import th.poverty.domain.RejectedCommand;
import th.poverty.domain.Rejection;
import th.poverty.eventstore.StreamVersionConflict;

/**
 * Runs a care write again, on fresh state, when it lost a race: another writer moved a carer's
 * stream first (a version clash), or the database's care constraints refused what the state it
 * read allowed (a concurrent writer on another instance, another carer). Each attempt loads and
 * decides anew, so the rules are never checked on stale state; the next attempt either passes or
 * is refused by the rule that now applies. A clash means someone else's write got through, so
 * even a burst on one carer settles in a few attempts.
 */
public final class Afresh {

    static final int ATTEMPTS = 10;

    /** The database's second line of defence for the care rules, by constraint name. */
    private static final Set<String> CARE_CONSTRAINTS = Set.of(
            "care_assignments_one_carer_per_household", "carer_cares_for_at_most_the_cap");
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CHECK_VIOLATION = "23514";
    private static final String DEADLOCK = "40P01";

    private Afresh() {
    }

    /**
     * @param onVersionClash whether a version clash is retried too: not when the caller named the
     *                       version it read (If-Match), which then answers 412
     */
    public static <T> Uni<T> retried(boolean onVersionClash, Supplier<Uni<? extends T>> attempt) {
        return Uni.createFrom().<T>deferred(attempt)
                .onFailure(failure -> lostRace(failure) || onVersionClash && failure instanceof StreamVersionConflict)
                .retry().atMost(ATTEMPTS - 1)
                .onFailure(Afresh::lostRace).transform(failure -> new RejectedCommand(Rejection.rule("care-write-contended",
                        "Other changes to the same carers or households kept coming first: try again")));
    }

    static boolean lostRace(Throwable failure) {
        if (!(failure instanceof PgException pg)) {
            return false;
        }
        return DEADLOCK.equals(pg.getSqlState())
                || (UNIQUE_VIOLATION.equals(pg.getSqlState()) || CHECK_VIOLATION.equals(pg.getSqlState()))
                && CARE_CONSTRAINTS.contains(pg.getConstraint());
    }
}
