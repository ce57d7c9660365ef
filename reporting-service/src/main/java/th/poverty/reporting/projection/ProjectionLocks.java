package th.poverty.reporting.projection;

/**
 * The advisory locks projection writers take. Every live transaction holds the rebuild lock
 * shared; the rebuild's switch takes it exclusively, so it sees no write half done. A subject's
 * lock serializes the folds of one household or carer across the three topics' consumers. The area
 * counters' lock lets one transaction at a time add to the area totals and days: every batch adds
 * to the country's row, so they would queue there anyway, and taken first it spares sorting tens of
 * thousands of rows into one order to keep two batches from deadlocking.
 */
public final class ProjectionLocks {

    public static final long REBUILD = 0x72656275696c64L; // "rebuild"
    public static final long AREA_COUNTERS = 0x636f756e74657273L; // "counters"

    private ProjectionLocks() {
    }

    public static String key(Subject subject) {
        return subject.kind() + ":" + subject.id();
    }
}
