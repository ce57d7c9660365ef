package th.poverty.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void buddhistYear() {
        assertEquals(2569, FiscalYear.buddhistYear(LocalDate.of(2026, 1, 1)));
        assertEquals(2569, FiscalYear.buddhistYear(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void yearChangesOnFirstOctober() {
        assertEquals(2569, FiscalYear.ofDate(LocalDate.of(2026, 9, 30)));
        assertEquals(2570, FiscalYear.ofDate(LocalDate.of(2026, 10, 1)));
        assertEquals(2570, FiscalYear.ofDate(LocalDate.of(2026, 12, 31)));
        assertEquals(2570, FiscalYear.ofDate(LocalDate.of(2027, 1, 1)));
        assertEquals(2570, FiscalYear.ofDate(LocalDate.of(2027, 9, 30)));
    }

    @Test
    void startAndEnd() {
        assertEquals(LocalDate.of(2026, 10, 1), FiscalYear.start(2570));
        assertEquals(LocalDate.of(2027, 9, 30), FiscalYear.end(2570));
        assertEquals(LocalDate.of(2025, 10, 1), FiscalYear.start(2569));
        assertEquals(LocalDate.of(2026, 9, 30), FiscalYear.end(2569));
        // consecutive years meet without a gap
        assertEquals(FiscalYear.end(2569).plusDays(1), FiscalYear.start(2570));
        assertEquals(2570, FiscalYear.ofDate(FiscalYear.start(2570)));
        assertEquals(2570, FiscalYear.ofDate(FiscalYear.end(2570)));
    }

    @Test
    void rejectsAChristianEraYear() {
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.start(2026));
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.end(2026));
    }
}
