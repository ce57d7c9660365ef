package th.poverty.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.poverty.eventstore.Fixtures.append;
import static th.poverty.eventstore.Fixtures.event;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.testing.Database;
import th.poverty.testing.Infrastructure;
import th.poverty.testing.InfrastructureResource;

/** The service's runtime role appends and reads the history and can change nothing in it. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class RuntimeRoleTest {

    private static final String DATABASE = "service";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String RAISED = "P0001";

    @Inject
    EventStore store;

    @Inject
    Pool pool;

    @Test
    void theServiceRunsAsTheRuntimeRole() {
        String user = pool.query("select current_user").execute().await().indefinitely().iterator().next().getString(0);

        assertThat(user).isEqualTo(Database.runtimeRoleOf(DATABASE));
    }

    @Test
    void theRuntimeRoleAppendsButCannotUpdateDeleteTruncateOrUntrigger() throws SQLException {
        String stream = "s-" + UUID.randomUUID();
        append(pool, store, stream, 0, event("Opened", 1));

        try (var runtime = connectAs(Database.runtimeRoleOf(DATABASE))) {
            for (String change : new String[] {
                    "update events set payload = '{}' where stream_id = '" + stream + "'",
                    "delete from events where stream_id = '" + stream + "'",
                    "truncate events cascade",
                    "alter table events disable trigger events_append_only",
                    "drop table events cascade"}) {
                assertThatThrownBy(() -> execute(runtime, change)).as(change)
                        .isInstanceOfSatisfying(SQLException.class,
                                refused -> assertThat(refused.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
            }
        }
        assertThat(store.readStream(pool, stream).await().indefinitely()).hasSize(1);
    }

    @Test
    void evenTheOwnerCannotChangeDeleteOrTruncateTheHistoryWhileTheTriggersStand() throws SQLException {
        String stream = "s-" + UUID.randomUUID();
        append(pool, store, stream, 0, event("Opened", 1));

        try (var owner = connectAs(Database.ownerOf(DATABASE))) {
            for (String change : new String[] {
                    "update events set type = 'Forged' where stream_id = '" + stream + "'",
                    "delete from events where stream_id = '" + stream + "'",
                    "truncate events cascade"}) {
                assertThatThrownBy(() -> execute(owner, change)).as(change)
                        .isInstanceOfSatisfying(SQLException.class, refused -> {
                            assertThat(refused.getSQLState()).isEqualTo(RAISED);
                            assertThat(refused.getMessage()).contains("append-only");
                        });
            }
        }
        assertThat(store.readStream(pool, stream).await().indefinitely()).hasSize(1);
    }

    private static Connection connectAs(String role) throws SQLException {
        Database postgres = Infrastructure.shared().postgres();
        return DriverManager.getConnection(postgres.jdbcUrl(DATABASE), role, postgres.rolePassword());
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
