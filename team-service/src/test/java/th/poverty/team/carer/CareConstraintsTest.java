package th.poverty.team.carer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import th.poverty.team.Api;
import th.poverty.testing.InfrastructureResource;

/**
 * The second line of defence: whatever writes the care read model, bypassing the carer's stream
 * and its rules, the database itself refuses a fourth active household for a carer and a second
 * active carer for a household, also when two transactions race on separate connections.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "team"))
class CareConstraintsTest {

    private static final String VILLAGE = "24070101";

    @Inject
    Pool pool;

    @Test
    void theDatabaseRefusesAFourthActiveHouseholdWhateverWroteIt() {
        String carer = Api.communityLeaderCarer(VILLAGE, "ตรวจ ข้อจำกัด");
        for (int i = 1; i <= 3; i++) {
            assign(pool, carer, 100 + i, UUID.randomUUID().toString());
        }

        assertThatThrownBy(() -> assign(pool, carer, 104, UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.getConstraint())
                        .isEqualTo("carer_cares_for_at_most_the_cap"));

        pool.preparedQuery("update care_assignments set released_on = $2 where carer_id = $1 and version = 101")
                .executeAndAwait(Tuple.of(carer, LocalDate.now()));
        assign(pool, carer, 105, UUID.randomUUID().toString());
        assertThat(activeHouseholds(carer)).isEqualTo(3);
    }

    @Test
    void theDatabaseRefusesASecondActiveCarerForAHousehold() {
        String first = Api.communityLeaderCarer(VILLAGE, "คนแรก");
        String second = Api.communityLeaderCarer(VILLAGE, "คนที่สอง");
        String household = UUID.randomUUID().toString();
        assign(pool, first, 100, household);

        assertThatThrownBy(() -> assign(pool, second, 100, household))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.getConstraint())
                        .isEqualTo("care_assignments_one_carer_per_household"));
        assertThat(activeHouseholds(second)).isZero();
    }

    @Test
    void ofTwoTransactionsRacingForACarersLastPlaceOnlyOneCommits() throws Exception {
        String carer = Api.communityLeaderCarer(VILLAGE, "ที่สุดท้าย");
        assign(pool, carer, 101, UUID.randomUUID().toString());
        assign(pool, carer, 102, UUID.randomUUID().toString());
        var one = pool.getConnectionAndAwait();
        var other = pool.getConnectionAndAwait();
        try {
            var first = one.beginAndAwait();
            var second = other.beginAndAwait();
            assign(one, carer, 103, UUID.randomUUID().toString());

            CompletableFuture<?> racing = insert(other, carer, 104, UUID.randomUUID().toString())
                    .subscribeAsCompletionStage().toCompletableFuture();
            assertThatThrownBy(() -> racing.get(300, TimeUnit.MILLISECONDS)).as("waits for the first transaction")
                    .isInstanceOf(TimeoutException.class);
            first.commitAndAwait();

            assertThatThrownBy(() -> racing.get(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOfSatisfying(PgException.class,
                            e -> assertThat(e.getConstraint()).isEqualTo("carer_cares_for_at_most_the_cap"));
            second.rollbackAndAwait();
        } finally {
            one.closeAndAwait();
            other.closeAndAwait();
        }
        assertThat(activeHouseholds(carer)).isEqualTo(3);
    }

    private static void assign(SqlClient client, String carer, long version, String household) {
        insert(client, carer, version, household).await().indefinitely();
    }

    private static Uni<?> insert(SqlClient client, String carer, long version, String household) {
        return client.preparedQuery("""
                        insert into care_assignments (carer_id, version, position, household_id, assigned_on)
                        values ($1, $2, $2, $3, $4)""")
                .execute(Tuple.of(carer, version, household, LocalDate.now()));
    }

    private long activeHouseholds(String carer) {
        return pool.preparedQuery("select active_households from carers where carer_id = $1").executeAndAwait(Tuple.of(carer))
                .iterator().next().getLong(0);
    }
}
