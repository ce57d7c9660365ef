package th.poverty.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ThaiDatesTest {

    @Test
    void aDateIsWrittenWithItsThaiMonthAndBuddhistEraYear() {
        assertThat(ThaiDates.date(LocalDate.of(2027, 1, 20))).isEqualTo("20 มกราคม 2570");
        assertThat(ThaiDates.shortDate(LocalDate.of(2026, 12, 6))).isEqualTo("6 ธ.ค. 2569");
    }

    @Test
    void aMomentIsWrittenInThaiTime() {
        // 02:05 UTC is 09:05 in Bangkok
        assertThat(ThaiDates.dateTime(Instant.parse("2027-01-21T02:05:00Z"))).isEqualTo("21 มกราคม 2570 09:05 น.");
    }
}
