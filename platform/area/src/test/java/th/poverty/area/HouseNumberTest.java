package th.poverty.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HouseNumberTest {

    @Test
    void parsesWithOrWithoutDashes() {
        HouseNumber house = HouseNumber.parse("2401-012345-6");
        assertEquals("24010123456", house.digits());
        assertEquals(house, HouseNumber.parse("24010123456"));
        assertEquals("2401-012345-6", house.formatted());
        assertEquals("24010123456", house.toString());
        assertTrue(HouseNumber.isValid("2401 012345 6"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2401012345", "240101234567", "2401-01234X-6", "2401/012345/6"})
    void rejectsOtherShapes(String raw) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> HouseNumber.parse(raw));
        assertEquals(HouseNumber.FIELD, e.field());
        assertFalse(HouseNumber.isValid(raw));
    }
}
