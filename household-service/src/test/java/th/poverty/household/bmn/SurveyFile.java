package th.poverty.household.bmn;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import th.poverty.testing.NationalIds;

/** A BMN survey file for the tests, built row by row. */
public final class SurveyFile {

    static final String HEADER = "national_id,first_name,last_name,house_number,village_code,members,income_per_person,"
            + "failed_indicators,phone,address";

    private final StringBuilder text = new StringBuilder(HEADER).append('\n');

    public SurveyFile row(String nationalId, String houseNumber, String village, String members, String income, String indicators) {
        return line(String.join(",", nationalId, "สมศรี", "ใจดี", houseNumber, village, members, income, indicators,
                "0812345678", "\"12 หมู่ 1, ต.หน้าเมือง\""));
    }

    /** A candidate in the village: income below 38,000 THB. */
    public SurveyFile candidate(String village) {
        return row(NationalIds.random(), houseNumber(), village, "4", "25000", "");
    }

    SurveyFile line(String line) {
        text.append(line).append('\n');
        return this;
    }

    public byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String houseNumber() {
        return String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }
}
