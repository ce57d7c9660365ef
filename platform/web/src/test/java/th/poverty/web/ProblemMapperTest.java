package th.poverty.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper(new CurrentVertxRequest());

    @Test
    void theDatabaseAwayIsA503TheClientMayRetryNotAServerError() {
        for (Throwable away : new Throwable[] {
                new ConnectException("Connection refused: /127.0.0.1:5432"),
                new SocketException("Connection reset"),
                ClosedConnectionException.INSTANCE,
                new PgException("terminating connection due to administrator command", "FATAL", "57P01", null),
                new PgException("the database system is starting up", "FATAL", "57P03", null),
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001"),
                // wrapped, as a blocking resource or a Uni pipeline passes it on
                new IllegalStateException("the projections could not be replayed",
                        new CompletionException(new SQLException("An I/O error occurred", "08006")))}) {
            Response response = mapper.unexpected(away, null);

            assertEquals(503, response.getStatus(), away.toString());
            assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString(), away.toString());
            assertEquals("/problems/database-unavailable", ((Problem) response.getEntity()).type(), away.toString());
            assertEquals(ProblemMapper.RETRY_AFTER_SECONDS, response.getHeaderString(HttpHeaders.RETRY_AFTER), away.toString());
        }
    }

    @Test
    void aFailingQueryIsStillAServerError() {
        for (Throwable bug : new Throwable[] {
                new PgException("column \"nope\" does not exist", "ERROR", "42703", null),
                new SQLException("duplicate key value violates unique constraint", "23505"),
                new IllegalStateException("a bug")}) {
            Response response = mapper.unexpected(bug, null);

            assertEquals(500, response.getStatus(), bug.toString());
            assertEquals("/problems/server-error", ((Problem) response.getEntity()).type(), bug.toString());
        }
    }
}
