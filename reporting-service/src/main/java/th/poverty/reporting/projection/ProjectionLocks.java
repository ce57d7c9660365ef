package th.poverty.reporting.projection;

/**
 * The advisory locks projection writers take. Every live transaction holds the rebuild lock
 * shared; the rebuild's switch takes it exclusively, so it sees no write half done. A subject's
 * lock serializes the folds of one household or carer across the three topics' consumers.
 */
public final class ProjectionLocks {

    public static final long REBUILD = 0x72656275696c64L; // "rebuild"

    private ProjectionLocks() {
    }

    public static String key(Subject subject) {
        return subject.kind() + ":" + subject.id();
    }
}
