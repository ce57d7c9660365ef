package th.poverty.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import th.poverty.testing.MigrationRehearsal;

/**
 * Area changes staged a row per change by the earlier release are kept by the upgrade to a row
 * per batch, each change once, so the next fold counts them; an empty stage stays empty.
 */
class StagedPerBatchMigrationTest {

    private static final String BEFORE = "20261207.71";

    @Test
    void changesStagedARowEachAreKeptAsOneRowOfColumns() throws SQLException {
        var rehearsal = MigrationRehearsal.upTo(BEFORE, "db/eventstore", "db/reporting");
        rehearsal.store("""
                insert into area_changes_pending (province_code, district_code, tambon_code, village_code, day, measure, delta)
                values ('24', '2408', '240801', '24080101', '2026-11-01', 'IDENTIFIED', 3),
                       ('24', '2408', '240801', '24080101', '2026-11-01', 'VISITED', -1),
                       ('24', '2408', null, null, '2026-11-02', 'IDENTIFIED', 2)
                """);

        rehearsal.migrateToLatest();

        assertThat(rehearsal.read("select count(*) from area_changes_pending")).containsExactly("1");
        assertThat(rehearsal.read("""
                select concat_ws('/', p, d, t, v) || ' ' || day || ' ' || m || ' ' || x
                from area_changes_pending, unnest(provinces, districts, tambons, villages, days, measures, deltas)
                    as c (p, d, t, v, day, m, x)
                order by 1"""))
                .containsExactly("24/2408 2026-11-02 IDENTIFIED 2",
                        "24/2408/240801/24080101 2026-11-01 IDENTIFIED 3",
                        "24/2408/240801/24080101 2026-11-01 VISITED -1");
    }

    @Test
    void nothingStagedStaysNothing() throws SQLException {
        var rehearsal = MigrationRehearsal.upTo(BEFORE, "db/eventstore", "db/reporting");

        rehearsal.migrateToLatest();

        assertThat(rehearsal.read("select count(*) from area_changes_pending")).containsExactly("0");
    }
}
