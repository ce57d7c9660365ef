package th.poverty.eventstore;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;

/**
 * Recognises a failure that only says the database is away (not running, restarting, failing
 * over): nothing about the request or the event is wrong and the same work will succeed once it
 * is back. Whichever client saw it (the reactive pool or JDBC) and however deep it is wrapped. The
 * database is the only peer a request or a consumer's effect waits on (events reach Kafka through
 * the outbox), so a socket refused or reset meanwhile is the database's.
 */
public final class DatabaseOutage {

    /**
     * What the reactive client says, in a bare message with no type of its own, of a statement or
     * commit sent on a connection the database has closed: a transaction caught by a restart ends so.
     */
    private static final List<String> CLOSED_CONNECTION = List.of(
            "Connection is not active now", // SocketConnectionBase: the connection is closing or closed
            "Pending requests failed to be sent due to connection has been closed",
            "Connection was closed"); // ConnectionBase.CLOSED_EXCEPTION, a pooled connection lost

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SocketException // refused (ConnectException) or reset mid-query
                    || cause instanceof ClosedConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof DatabaseException database && isOutage(database.getSqlState())
                    || cause instanceof SQLException sql && isOutage(sql.getSQLState())
                    || saysClosedConnection(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysClosedConnection(Throwable failure) {
        String message = failure.getMessage();
        return message != null && failure.getClass().getName().startsWith("io.vertx.")
                && CLOSED_CONNECTION.stream().anyMatch(message::startsWith);
    }

    /** SQLSTATE class 08 (connection exception) and 57P0x (server shutting down, crashed, starting up). */
    private static boolean isOutage(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }
}
