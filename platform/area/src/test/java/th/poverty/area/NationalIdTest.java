package th.poverty.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdTest {

    // Check digits worked by hand, e.g. 110370207183: 1·13+1·12+0·11+3·10+7·9+0·8+2·7+0·6+7·5+1·4+8·3+3·2
    // = 201; 201 mod 11 = 3; (11 - 3) mod 10 = 8.
    @ParameterizedTest
    @ValueSource(strings = {"1103702071838", "3100600187521", "1234567890121", "0000000000001", "9999999999994"})
    void acceptsValidNumbers(String digits) {
        assertTrue(NationalId.isValid(digits));
        assertEquals(digits, NationalId.parse(digits).digits());
    }

    @Test
    void acceptsDashesSpacesAndThaiDigits() {
        NationalId id = NationalId.parse("1103702071838");
        assertEquals(id, NationalId.parse("1-1037-02071-83-8"));
        assertEquals(id, NationalId.parse(" 1 1037 02071 83 8 "));
        assertEquals(id, NationalId.parse("๑-๑๐๓๗-๐๒๐๗๑-๘๓-๘"));
        assertEquals(id, new NationalId("1-1037-02071-83-8"));
    }

    @Test
    void rejectsWrongCheckDigit() {
        // 1-1037-02071-83-1, the example in the brief: its check digit should be 8
        InvalidIdentifierException e =
                assertThrows(InvalidIdentifierException.class, () -> NationalId.parse("1-1037-02071-83-1"));
        assertEquals("nationalId", e.field());
        assertTrue(e.getMessage().contains("check digit"), e.getMessage());
        for (int wrong = 0; wrong <= 9; wrong++) {
            if (wrong != 8) {
                assertFalse(NationalId.isValid("110370207183" + wrong));
            }
        }
    }

    @Test
    void rejectsWrongLength() {
        InvalidIdentifierException e =
                assertThrows(InvalidIdentifierException.class, () -> NationalId.parse("110370207183"));
        assertTrue(e.getMessage().contains("13 digits"), e.getMessage());
        assertFalse(NationalId.isValid("11037020718380"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"11037020718A8", "abcdefghijklm", "1103702071838x", "1.1037.02071.83.8", "１１０３７０２０７１８３８"})
    void rejectsMissingOrNonDigits(String raw) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> NationalId.parse(raw));
        assertEquals(NationalId.FIELD, e.field());
        assertFalse(NationalId.isValid(raw));
    }

    @Test
    void errorMessagesDoNotRepeatTheInput() {
        InvalidIdentifierException e =
                assertThrows(InvalidIdentifierException.class, () -> NationalId.parse("1103702071831"));
        assertFalse(e.getMessage().contains("110370207183"), e.getMessage());
    }

    @Test
    void maskedAndToStringHideTheNumber() {
        NationalId id = NationalId.parse("1103702071838");
        assertEquals("*********1838", id.masked());
        assertEquals(id.masked(), id.toString());
        assertFalse(id.toString().contains("1103702071838"));
        assertFalse(id.toString().contains("11037"));
        assertFalse(String.valueOf(java.util.List.of(id)).contains("1103702071838"));
    }
}
