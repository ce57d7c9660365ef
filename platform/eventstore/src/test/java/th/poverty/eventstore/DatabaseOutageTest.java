package th.poverty.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import th.poverty.testing.InfrastructureResource;

/** A transaction the database ends (a restart, a failover): whatever it sends next says "outage", not "bug". */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class DatabaseOutageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Inject
    Pool pool;

    @Test
    void theStatementAndTheCommitAfterTheDatabaseEndedTheConnectionAreAnOutage() throws InterruptedException {
        // at once: the socket is still closing; later: the client has seen it closed
        for (int millisLater : new int[] {0, 200}) {
            SqlConnection connection = pool.getConnection().await().atMost(PATIENCE);
            try {
                Transaction transaction = connection.begin().await().atMost(PATIENCE);
                int backend = connection.query("select pg_backend_pid()").execute().await().atMost(PATIENCE)
                        .iterator().next().getInteger(0);
                pool.query("select pg_terminate_backend(" + backend + ")").execute().await().atMost(PATIENCE);
                Thread.sleep(millisLater);

                Throwable statement = catchThrowable(() -> connection.query("select 1").execute().await().atMost(PATIENCE));
                Throwable commit = catchThrowable(() -> transaction.commit().await().atMost(PATIENCE));

                assertThat(statement).as("the statement %d ms later", millisLater).isNotNull()
                        .matches(DatabaseOutage::causedBy, "an outage");
                assertThat(commit).as("the commit %d ms later", millisLater).isNotNull()
                        .matches(DatabaseOutage::causedBy, "an outage");
            } finally {
                catchThrowable(() -> connection.close().await().atMost(PATIENCE));
            }
        }
    }

    @Test
    void aFailingStatementIsNoOutage() {
        Throwable failure = catchThrowable(() -> pool.query("select nope from nowhere").execute().await().atMost(PATIENCE));

        assertThat(failure).isNotNull().matches(bug -> !DatabaseOutage.causedBy(bug), "not an outage");
    }
}
