package th.poverty.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AreaLevelTest {

    @Test
    void levelByLength() {
        assertEquals(Optional.of(AreaLevel.PROVINCE), AreaLevel.ofCode("24"));
        assertEquals(Optional.of(AreaLevel.DISTRICT), AreaLevel.ofCode("2401"));
        assertEquals(Optional.of(AreaLevel.TAMBON), AreaLevel.ofCode("240101"));
        assertEquals(Optional.of(AreaLevel.VILLAGE), AreaLevel.ofCode("24010101"));
        assertTrue(AreaLevel.ofCode("240").isEmpty());
        assertTrue(AreaLevel.ofCode("").isEmpty());
        assertTrue(AreaLevel.ofCode(null).isEmpty());
    }

    @Test
    void labels() {
        assertEquals("ตำบล", AreaLevel.TAMBON.labelTh());
        assertEquals("subdistrict", AreaLevel.TAMBON.labelEn());
        assertEquals("หมู่บ้าน", AreaLevel.VILLAGE.labelTh());
        assertEquals(8, AreaLevel.VILLAGE.codeLength());
    }
}
