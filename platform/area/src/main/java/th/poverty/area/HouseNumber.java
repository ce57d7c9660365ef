package th.poverty.area;

/**
 * An 11-digit house registration number (เลขรหัสประจำบ้าน), written {@code XXXX-XXXXXX-X}: the
 * registration office, a running number and a check digit. DOPA does not publish the check-digit
 * rule, so only the shape is verified.
 *
 * @param digits the 11 ASCII digits; the constructor accepts the same input as {@link #parse}
 */
public record HouseNumber(String digits) {

    public static final int LENGTH = 11;
    /** Field name used in {@link InvalidIdentifierException}. */
    public static final String FIELD = "houseNumber";

    public HouseNumber {
        digits = Digits.normalize(digits, FIELD, LENGTH);
    }

    /**
     * Parses a typed number: digits (ASCII or Thai) with optional dashes or spaces.
     *
     * @throws InvalidIdentifierException for a missing value, other characters or a digit count
     *                                    other than 11
     */
    public static HouseNumber parse(String raw) {
        return new HouseNumber(raw);
    }

    /** Whether {@link #parse} would accept the input. */
    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /** The usual written form {@code XXXX-XXXXXX-X}. */
    public String formatted() {
        return digits.substring(0, 4) + "-" + digits.substring(4, 10) + "-" + digits.substring(10);
    }

    /** The 11 digits (an address code, not a person's number, so it is not masked). */
    @Override
    public String toString() {
        return digits;
    }
}
