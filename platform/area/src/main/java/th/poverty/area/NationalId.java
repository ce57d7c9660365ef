package th.poverty.area;

/**
 * A 13-digit Thai national ID (เลขประจำตัวประชาชน) whose last digit is a valid checksum.
 *
 * <p>Personal data: {@link #toString()} gives only the {@link #masked()} form so the number
 * cannot leak into logs by accident; call {@link #digits()} where the number is really needed.
 *
 * @param digits the 13 ASCII digits; the constructor accepts the same input as {@link #parse}
 */
public record NationalId(String digits) {

    public static final int LENGTH = 13;
    /** Field name used in {@link InvalidIdentifierException}. */
    public static final String FIELD = "nationalId";

    private static final int VISIBLE = 4;

    public NationalId {
        digits = Digits.normalize(digits, FIELD, LENGTH);
        if (checkDigit(digits) != digits.charAt(LENGTH - 1) - '0') {
            throw new InvalidIdentifierException(FIELD, FIELD + " has a wrong check digit");
        }
    }

    /**
     * Parses a typed ID: digits (ASCII or Thai) with optional dashes or spaces, as in
     * {@code 1-1037-02071-83-8}.
     *
     * @throws InvalidIdentifierException for a missing value, other characters, a digit count
     *                                    other than 13, or a wrong check digit
     */
    public static NationalId parse(String raw) {
        return new NationalId(raw);
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

    /**
     * The number with all but its last 4 digits hidden, as {@code *********1838}: always 13
     * characters, and the last digit is only the checksum, so 3 digits of information show.
     */
    public String masked() {
        return "*".repeat(LENGTH - VISIBLE) + digits.substring(LENGTH - VISIBLE);
    }

    /** The masked form, never the number. */
    @Override
    public String toString() {
        return masked();
    }

    /** DOPA checksum: (11 - Σ digit[i]·(13 - i) mod 11) mod 10 over the first 12 digits. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (digits.charAt(i) - '0') * (LENGTH - i);
        }
        return (11 - sum % 11) % 10;
    }
}
