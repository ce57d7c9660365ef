package th.poverty.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.poverty.testing.MigrationRehearsal;

/** A database that holds Khlong Khuean's old subdistrict codes, upgraded. */
class RecodedSubdistrictsTest {

    private static MigrationRehearsal rehearsal;

    @BeforeAll
    static void teamsCarersAndHouseholdsStoredUnderOldCodes() throws SQLException {
        rehearsal = MigrationRehearsal.upTo("20261206.22", "db/eventstore", "db/team");
        rehearsal.store("""
                insert into care_households (household_id, province_code, district_code, tambon_code, village_code,
                                             identified_on)
                values ('kon-kaeo', '24', '2411', '240202', '24020201', '2026-06-01')
                """, """
                insert into carers (carer_id, name, role, province_code, district_code, tambon_code, village_code, version)
                values ('c-1', 'อาสา', 'VOLUNTEER', '24', '2411', '240203', '24020302', 1)
                """);
        rehearsal.migrateToLatest();
    }

    @Test
    void householdsAndCarersHoldTheNewCodes() throws SQLException {
        assertThat(rehearsal.read("select tambon_code || '/' || village_code from care_households")).containsExactly("241101/24110101");
        assertThat(rehearsal.read("select tambon_code || '/' || village_code from carers")).containsExactly("241102/24110202");
    }
}
