package th.poverty.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.poverty.testing.MigrationRehearsal;

/**
 * A database that holds Khlong Khuean's old subdistrict codes, upgraded: a subdistrict's and its
 * villages' figures move to the new codes, the district's stay where they were.
 */
class RecodedSubdistrictsTest {

    private static MigrationRehearsal rehearsal;

    @BeforeAll
    static void figuresStoredUnderOldCodes() throws SQLException {
        rehearsal = MigrationRehearsal.upTo("20261206.7", "db/eventstore", "db/reporting");
        rehearsal.store("""
                insert into households (household_id, province_code, district_code, tambon_code, village_code, status)
                values ('kon-kaeo', '24', '2411', '240202', '24020201', 'OPEN')
                """, """
                insert into area_totals (area_code, measure, parent_code, value)
                values ('2411', 'IDENTIFIED', '24', 7), ('240202', 'IDENTIFIED', '2411', 7),
                       ('24020201', 'IDENTIFIED', '240202', 4), ('24020202', 'IDENTIFIED', '240202', 3)
                """, """
                insert into area_daily (area_code, day, measure, delta)
                values ('24020201', '2026-06-01', 'IDENTIFIED', 4)
                """);
        rehearsal.migrateToLatest();
    }

    @Test
    void theSubdistrictsFiguresMoveToItsNewCodeAndTheDistrictsStay() throws SQLException {
        assertThat(rehearsal.read("select area_code || '<' || parent_code || '=' || value from area_totals order by area_code"))
                .containsExactly("2411<24=7", "241101<2411=7", "24110101<241101=4", "24110102<241101=3");
        assertThat(rehearsal.read("select area_code from area_daily")).containsExactly("24110101");
        assertThat(rehearsal.read("select tambon_code || '/' || village_code from households")).containsExactly("241101/24110101");
    }
}
