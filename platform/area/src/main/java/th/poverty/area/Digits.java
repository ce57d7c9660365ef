package th.poverty.area;

/** Normalises typed identity numbers: the shared leniency of {@link NationalId} and {@link HouseNumber}. */
final class Digits {

    private static final char THAI_ZERO = '\u0E50'; // ๐; Thai digits run ๐..๙ contiguously

    private Digits() {
    }

    /**
     * Returns the ASCII digits of {@code raw}, skipping dashes and whitespace and mapping Thai
     * digits (๐-๙, which users may type) to ASCII; rejects any other character or a count other
     * than {@code length}.
     */
    static String normalize(String raw, String field, int length) {
        if (raw == null) {
            throw new InvalidIdentifierException(field, field + " is required");
        }
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c >= THAI_ZERO && c <= THAI_ZERO + 9) {
                digits.append((char) ('0' + (c - THAI_ZERO)));
            } else if (c != '-' && !Character.isWhitespace(c)) {
                throw new InvalidIdentifierException(field, field + " may contain only digits, dashes and spaces");
            }
        }
        if (digits.length() != length) {
            throw new InvalidIdentifierException(field,
                    field + " must have " + length + " digits, found " + digits.length());
        }
        return digits.toString();
    }
}
