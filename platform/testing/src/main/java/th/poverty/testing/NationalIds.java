package th.poverty.testing;

import java.util.concurrent.ThreadLocalRandom;

/** Valid, random 13-digit national IDs (checksum included) for test data and demo data. */
public final class NationalIds {

    private NationalIds() {
    }

    public static String random() {
        var random = ThreadLocalRandom.current();
        StringBuilder digits = new StringBuilder().append(1 + random.nextInt(8));
        for (int i = 1; i < 12; i++) {
            digits.append(random.nextInt(10));
        }
        return withCheckDigit(digits.toString());
    }

    /** Appends the mod-11 check digit to 12 digits. */
    public static String withCheckDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * (13 - i);
        }
        return twelveDigits + (11 - sum % 11) % 10;
    }
}
