package th.poverty.eventstore;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

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

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SocketException // refused (ConnectException) or reset mid-query
                    || cause instanceof ClosedConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof DatabaseException database && isOutage(database.getSqlState())
                    || cause instanceof SQLException sql && isOutage(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) and 57P0x (server shutting down, crashed, starting up). */
    private static boolean isOutage(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }
}
