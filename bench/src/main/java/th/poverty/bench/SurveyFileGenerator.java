package th.poverty.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import th.poverty.area.Area;
import th.poverty.area.Areas;

/**
 * A BMN survey file of any size, written to disk row by row: unique, valid national IDs and house
 * numbers, households spread over the villages of Chachoengsao (province 24), nine in ten of them
 * candidates (income below 38,000 THB, some with failed indicators). The same row count always
 * gives the same file.
 */
final class SurveyFileGenerator {

    static final String HEADER = "national_id,first_name,last_name,house_number,village_code,members,income_per_person,"
            + "failed_indicators,phone,address";
    private static final String PROVINCE = "24";
    private static final int VILLAGES_PER_TAMBON = 8;
    private static final String[] FIRST_NAMES = {"สมศรี", "สมชาย", "บุญมี", "มาลี", "ประเสริฐ", "วันดี", "สุดา", "ทองคำ"};
    private static final String[] LAST_NAMES = {"ใจดี", "ศรีสุข", "มั่นคง", "ทองดี", "แก้วมณี", "บุญเรือง", "สายทอง"};

    private SurveyFileGenerator() {
    }

    /** The villages of the province: each tambon's first few หมู่. */
    static List<String> villages() {
        Areas areas = Areas.thailand();
        List<String> villages = new ArrayList<>();
        for (Area district : areas.children(PROVINCE)) {
            for (Area tambon : areas.children(district.code())) {
                for (int number = 1; number <= VILLAGES_PER_TAMBON; number++) {
                    villages.add(tambon.code() + String.format("%02d", number));
                }
            }
        }
        return villages;
    }

    static void write(Path file, int rows) {
        List<String> villages = villages();
        var random = new SplittableRandom(rows);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(200);
            for (int i = 0; i < rows; i++) {
                line.setLength(0);
                boolean candidate = random.nextInt(10) < 9;
                int income = candidate ? 8_000 + random.nextInt(30_000) : 38_000 + random.nextInt(112_000);
                line.append(nationalId(i)).append(',')
                        .append(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)]).append(',')
                        .append(LAST_NAMES[random.nextInt(LAST_NAMES.length)]).append(',')
                        .append(String.format("24%09d", i)).append(',')
                        .append(villages.get(random.nextInt(villages.size()))).append(',')
                        .append(1 + random.nextInt(7)).append(',')
                        .append(income).append(',');
                if (candidate && random.nextInt(3) == 0) {
                    line.append(1 + random.nextInt(12)).append(';').append(13 + random.nextInt(26));
                }
                line.append(',').append(String.format("08%08d", i % 100_000_000)).append(',');
                if (random.nextInt(20) == 0) {
                    line.append("\"").append(1 + random.nextInt(300)).append("/1 หมู่ ").append(1 + random.nextInt(8))
                            .append(", ต.หน้าเมือง\"");
                } else {
                    line.append(1 + random.nextInt(300)).append(" หมู่ ").append(1 + random.nextInt(8));
                }
                out.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The i-th of a run of valid national IDs: 12 digits and their check digit. */
    static String nationalId(int i) {
        String twelve = "1" + String.format("%011d", 24_000_000_000L + i);
        int sum = 0;
        for (int d = 0; d < 12; d++) {
            sum += (twelve.charAt(d) - '0') * (13 - d);
        }
        return twelve + (11 - sum % 11) % 10;
    }
}
