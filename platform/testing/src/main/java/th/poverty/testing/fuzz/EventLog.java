package th.poverty.testing.fuzz;

import java.sql.SQLException;
import java.time.Duration;

import org.opentest4j.AssertionFailedError;

import th.poverty.testing.Infrastructure;

/**
 * The event store of a service's database before a campaign, to tell after it that rejected
 * requests wrote nothing: no event appended (by anyone), and no new row in the outbox. The outbox
 * shrinks as the relay publishes, so only rows past the last event seen before count.
 */
public final class EventLog {

    private final String database;
    private final long events;
    private final long lastPosition;

    private EventLog(String database, long events, long lastPosition) {
        this.database = database;
        this.events = events;
        this.lastPosition = lastPosition;
    }

    /**
     * The event store once it has been still for a second: what earlier tests set going (a Kafka
     * consumer's reaction) would otherwise land during the campaign and look like its doing.
     */
    public static EventLog whenQuiet(String database) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long seen = count(database, "select count(*) from events");
        while (true) {
            sleep();
            long now = count(database, "select count(*) from events");
            if (now == seen || System.nanoTime() > deadline) {
                return new EventLog(database, now, count(database, "select coalesce(max(position), 0) from events"));
            }
            seen = now;
        }
    }

    public void assertUnchanged() {
        long appended = count(database, "select count(*) from events") - events;
        long outboxed = count(database, "select count(*) from outbox where position > " + lastPosition);
        if (appended != 0 || outboxed != 0) {
            throw new AssertionFailedError("rejected requests wrote: " + appended + " event(s), " + outboxed
                    + " outbox row(s) in " + database);
        }
    }

    private static long count(String database, String sql) {
        try (var connection = Infrastructure.shared().postgres().connect(database);
             var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
