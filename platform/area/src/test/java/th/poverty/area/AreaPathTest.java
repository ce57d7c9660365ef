package th.poverty.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AreaPathTest {

    private final AreaPath village = new AreaPath("10", "1029", "102901", "10290101");

    @Test
    void codesFromTopDown() {
        assertEquals(List.of("10", "1029", "102901", "10290101"), village.codes());
        assertEquals(List.of("10", "1029"), new AreaPath("10", "1029", null, null).codes());
        assertEquals("10290101", village.code());
        assertEquals(AreaLevel.VILLAGE, village.level());
        assertEquals(AreaLevel.DISTRICT, new AreaPath("10", "1029", null, null).level());
    }

    @Test
    void withinComparesWholeCodesNotPrefixes() {
        assertTrue(village.within("10"));
        assertTrue(village.within("1029"));
        assertTrue(village.within("102901"));
        assertTrue(village.within("10290101"));
        assertFalse(village.within("1002"), "another district");
        assertFalse(village.within("100"));
        assertFalse(village.within("11"));
        assertFalse(village.within("10290102"));
    }

    @Test
    void emptyCodeIsTheWholeCountryAndNullIsRejected() {
        assertTrue(village.within(""));
        assertThrows(NullPointerException.class, () -> village.within(null));
    }

    @Test
    void rejectsGaps() {
        assertThrows(NullPointerException.class, () -> new AreaPath(null, "1029", null, null));
        assertThrows(IllegalArgumentException.class, () -> new AreaPath("10", null, "102901", null));
        assertThrows(IllegalArgumentException.class, () -> new AreaPath("10", "1029", null, "10290101"));
    }
}
