package th.poverty.household.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;

import io.vertx.pgclient.PgException;

/** Which failures the import loop waits out rather than counting them against the job. */
class ImportLoopTest {

    @Test
    void aDatabaseThatIsAwayOrBusyIsWaitedOut() {
        assertTrue(ImportLoop.isTransient(new IllegalStateException("batch", new ConnectException("refused"))));
        assertTrue(ImportLoop.isTransient(new PgException("deadlock", "ERROR", "40P01", null)));
        assertTrue(ImportLoop.isTransient(new PgException("too many connections", "FATAL", "53300", null)));
    }

    @Test
    void aBatchThatIsWrongCountsAsAFailedAttempt() {
        assertFalse(ImportLoop.isTransient(new PgException("null value", "ERROR", "23502", null)));
        assertFalse(ImportLoop.isTransient(new IllegalArgumentException("bad row")));
    }

    @Test
    void theJobRecordsTheFailureCutShort() {
        assertEquals("IllegalStateException: broken", ImportLoop.summary(new IllegalStateException("broken")));
        assertEquals(500, ImportLoop.summary(new IllegalStateException("x".repeat(1000))).length());
    }
}
