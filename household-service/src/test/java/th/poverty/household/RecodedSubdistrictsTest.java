package th.poverty.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.poverty.testing.MigrationRehearsal;

/** A database that holds Khlong Khuean's and Tha Takiap's old subdistrict codes, upgraded. */
class RecodedSubdistrictsTest {

    private static MigrationRehearsal rehearsal;

    @BeforeAll
    static void householdsStoredUnderOldCodes() throws SQLException {
        rehearsal = MigrationRehearsal.upTo("20261206.30", "db/eventstore", "db/household");
        rehearsal.store("""
                insert into households (household_id, status, source, province_code, district_code, tambon_code,
                                        village_code, head_id_hash, identified_on, version, updated_at)
                values ('kon-kaeo', 'OPEN', 'BMN_SURVEY', '24', '2411', '240202', '24020203', 'a', '2026-06-01', 1, now()),
                       ('tha-takiap', 'OPEN', 'BMN_SURVEY', '24', '2410', '240804', '24080401', 'b', '2026-06-01', 1, now()),
                       ('na-mueang', 'OPEN', 'BMN_SURVEY', '24', '2401', '240101', '24010101', 'c', '2026-06-01', 1, now())
                """, """
                insert into forums (forum_id, province_code, district_code, tambon_code, village_code, held_on,
                                    attendance, confirmed, dismissed, nominated)
                values ('f-1', '24', '2410', '240806', '24080602', '2026-07-01', 30, 5, 1, 0)
                """);
        rehearsal.migrateToLatest();
    }

    @Test
    void householdsAndForumsHoldTheNewCodesAndOthersAreUntouched() throws SQLException {
        assertThat(rehearsal.read("select tambon_code || '/' || village_code from households order by household_id"))
                .containsExactly("241101/24110103", "240101/24010101", "241001/24100101");
        assertThat(rehearsal.read("select district_code from households order by household_id")).containsExactly("2411", "2401", "2410");
        assertThat(rehearsal.read("select tambon_code || '/' || village_code from forums")).containsExactly("241002/24100202");
    }
}
