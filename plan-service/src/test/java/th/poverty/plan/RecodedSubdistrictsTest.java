package th.poverty.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.poverty.testing.MigrationRehearsal;

/** A database that holds Tha Takiap's old subdistrict codes, upgraded. */
class RecodedSubdistrictsTest {

    private static MigrationRehearsal rehearsal;

    @BeforeAll
    static void householdsAndProblemsStoredUnderOldCodes() throws SQLException {
        rehearsal = MigrationRehearsal.upTo("20261206.30", "db/eventstore", "db/plan");
        rehearsal.store("""
                insert into plan_households (household_id, province_code, district_code, tambon_code, village_code, status)
                values ('tha-takiap', '24', '2410', '240804', '24080405', 'OPEN')
                """, """
                insert into problems (problem_id, household_id, province_code, district_code, tambon_code, village_code,
                                      dimension, origin, description_code, status, identified_on, version, updated_at)
                values ('p-1', 'tha-takiap', '24', '2410', '240804', '24080405', 'INCOME', 'SURVEY', 'BMN-2565-17', 'NEW',
                        '2026-06-01', 1, now())
                """);
        rehearsal.migrateToLatest();
    }

    @Test
    void householdsAndProblemsHoldTheNewCodes() throws SQLException {
        assertThat(rehearsal.read("select tambon_code || '/' || village_code from plan_households")).containsExactly("241001/24100105");
        assertThat(rehearsal.read("select tambon_code || '/' || village_code from problems")).containsExactly("241001/24100105");
    }
}
