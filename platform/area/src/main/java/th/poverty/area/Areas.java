package th.poverty.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The area tree of Thailand, loaded from the shipped {@code thai-areas.csv} (see PROVENANCE.md
 * next to it): all 77 provinces, their districts and subdistricts with Thai and English names and
 * each subdistrict's point. Immutable and thread-safe.
 *
 * <p>Villages are not listed there: a village code (subdistrict code + 2-digit number 01..99)
 * exists whenever its subdistrict exists; a province's village registry names them.
 * Every code begins with its parent's code; parents are still taken from the data's columns.
 *
 * <p>Any code that is null, not all ASCII digits, or not 2, 4, 6 or 8 long is simply not found.
 */
public final class Areas {

    static final String RESOURCE = "thai-areas.csv";
    private static final String HEADER = "province_code,province_name_th,province_name_en,district_code,district_name_th,"
            + "district_name_en,tambon_code,tambon_name_th,tambon_name_en,postal_code,latitude,longitude";
    private static final int COLUMNS = 12;
    private static final Comparator<Area> BY_CODE = Comparator.comparing(Area::code);

    /** Provinces, districts and subdistricts by code (villages are derived on demand). */
    private final Map<String, Area> byCode;
    /** Sorted children of provinces and districts; subdistricts have none we know of. */
    private final Map<String, List<Area>> children;
    private final List<Area> provinces;
    /** Subdistricts' points, for the 7,121 the data places. */
    private final Map<String, AreaPoints.Point> points;

    private Areas(Map<String, Area> byCode, Map<String, List<Area>> children, List<Area> provinces,
            Map<String, AreaPoints.Point> points) {
        this.byCode = byCode;
        this.children = children;
        this.provinces = provinces;
        this.points = points;
    }

    /** Lazily loads the shipped data once per class loader (holder idiom: no locking on reads). */
    private static final class Holder {
        static final Areas THAILAND = load();
    }

    /** The shipped tree of Thailand, loaded on first use and cached. */
    public static Areas thailand() {
        return Holder.THAILAND;
    }

    /** Finds an area of any level, including a village. */
    public Optional<Area> find(String code) {
        if (!isWellFormed(code)) {
            return Optional.empty();
        }
        if (code.length() == AreaLevel.VILLAGE.codeLength()) {
            return village(code);
        }
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /** The path from the province down to the area, following the data's parents. */
    public Optional<AreaPath> pathOf(String code) {
        return find(code).map(this::pathTo);
    }

    /**
     * The direct children, sorted by code: a province's districts, a district's subdistricts (by
     * the {@code district_code} column). Empty for a subdistrict (its villages are not in the data),
     * a village, or an unknown code. The empty string (the whole country) gives the provinces.
     */
    public List<Area> children(String code) {
        if (code == null) {
            return List.of();
        }
        if (code.isEmpty()) {
            return provinces;
        }
        return children.getOrDefault(code, List.of());
    }

    /** All provinces in the data, sorted by code. */
    public List<Area> provinces() {
        return provinces;
    }

    private Optional<Area> village(String code) {
        Area tambon = byCode.get(code.substring(0, AreaLevel.TAMBON.codeLength()));
        int number = Integer.parseInt(code.substring(AreaLevel.TAMBON.codeLength()));
        if (tambon == null || number < 1) {
            return Optional.empty();
        }
        return Optional.of(new Area(code, AreaLevel.VILLAGE, "หมู่ที่ " + number + " " + tambon.nameTh(),
                "Moo " + number + " " + tambon.nameEn(), tambon.code()));
    }

    /** Where a subdistrict lies, as the data has it. */
    Optional<AreaPoints.Point> pointOf(String tambonCode) {
        return Optional.ofNullable(points.get(tambonCode));
    }

    private AreaPath pathTo(Area area) {
        String[] codes = new String[AreaLevel.values().length];
        for (Area a = area; a != null; a = a.parentCode() == null ? null : byCode.get(a.parentCode())) {
            codes[a.level().ordinal()] = a.code();
        }
        return new AreaPath(codes[0], codes[1], codes[2], codes[3]);
    }

    private static boolean isWellFormed(String code) {
        if (code == null || AreaLevel.ofCode(code).isEmpty()) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') { // not Character.isDigit: that accepts Thai and other digits
                return false;
            }
        }
        return true;
    }

    // ---- loading ----

    /** Reads the shipped resource; package-private so tests can time a fresh load. */
    static Areas load() {
        try (InputStream in = Areas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource th/poverty/area/" + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read th/poverty/area/" + RESOURCE, e);
        }
    }

    /**
     * Parses the CSV by hand: the file is unquoted, comma-separated, CRLF or LF, so a CSV library
     * would only add a dependency to platform code every service loads. Inconsistent rows fail the load rather than being skipped.
     */
    static Areas parse(String text) {
        Builder builder = new Builder();
        int pos = 0;
        int lineNo = 0;
        while (pos < text.length()) {
            int newline = text.indexOf('\n', pos);
            int next = newline < 0 ? text.length() : newline + 1;
            int end = newline < 0 ? text.length() : newline;
            if (end > pos && text.charAt(end - 1) == '\r') {
                end--;
            }
            String line = text.substring(pos, end);
            pos = next;
            lineNo++;
            if (lineNo == 1) {
                if (!line.equals(HEADER)) {
                    throw new IllegalStateException(RESOURCE + ": unexpected header: " + line);
                }
            } else if (!line.isEmpty()) {
                builder.add(split(line, lineNo), lineNo);
            }
        }
        return builder.build();
    }

    private static String[] split(String line, int lineNo) {
        String[] fields = new String[COLUMNS];
        int start = 0;
        for (int i = 0; i < COLUMNS - 1; i++) {
            int comma = line.indexOf(',', start);
            if (comma < 0) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected " + COLUMNS + " columns");
            }
            fields[i] = line.substring(start, comma);
            start = comma + 1;
        }
        fields[COLUMNS - 1] = line.substring(start);
        if (fields[COLUMNS - 1].indexOf(',') >= 0) {
            throw new IllegalStateException(RESOURCE + " line " + lineNo + ": more than " + COLUMNS + " columns");
        }
        return fields;
    }

    /** Collects nodes while checking that repeated province and district rows agree. */
    private static final class Builder {
        private final Map<String, Area> byCode = new HashMap<>(16_384);
        private final Map<String, List<Area>> children = new HashMap<>(2_048);
        private final List<Area> provinces = new ArrayList<>(80);

        private final Map<String, AreaPoints.Point> points = new HashMap<>(8_192);

        void add(String[] f, int lineNo) {
            boolean newProvince = put(new Area(code(f[0], AreaLevel.PROVINCE, lineNo), AreaLevel.PROVINCE,
                    name(f[1], lineNo), name(f[2], lineNo), null), lineNo);
            if (newProvince) {
                provinces.add(byCode.get(f[0]));
            }
            put(new Area(code(f[3], AreaLevel.DISTRICT, lineNo), AreaLevel.DISTRICT, name(f[4], lineNo), name(f[5], lineNo),
                    f[0]), lineNo);
            Area tambon = new Area(code(f[6], AreaLevel.TAMBON, lineNo), AreaLevel.TAMBON, name(f[7], lineNo),
                    name(f[8], lineNo), f[3]);
            if (!put(tambon, lineNo)) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": duplicate subdistrict " + tambon.code());
            }
            if (!f[10].isEmpty() && !f[11].isEmpty()) {
                points.put(tambon.code(), new AreaPoints.Point(Double.parseDouble(f[10]), Double.parseDouble(f[11])));
            }
        }

        /** Adds the area if new (returning true); otherwise checks it matches the one seen before. */
        private boolean put(Area area, int lineNo) {
            Area previous = byCode.putIfAbsent(area.code(), area);
            if (previous == null) {
                if (area.parentCode() != null) {
                    children.computeIfAbsent(area.parentCode(), k -> new ArrayList<>()).add(area);
                }
                return true;
            }
            if (!previous.equals(area)) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": " + area + " contradicts " + previous);
            }
            return false;
        }

        private static String code(String code, AreaLevel level, int lineNo) {
            if (code.length() != level.codeLength() || !isWellFormed(code)) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": bad " + level.labelEn() + " code " + code);
            }
            return code;
        }

        private static String name(String name, int lineNo) {
            if (name.isBlank()) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": empty name");
            }
            return name;
        }

        Areas build() {
            Map<String, List<Area>> sortedChildren = new HashMap<>(children.size() * 2);
            children.forEach((parent, list) -> {
                list.sort(BY_CODE);
                sortedChildren.put(parent, List.copyOf(list));
            });
            provinces.sort(BY_CODE);
            return new Areas(Map.copyOf(byCode), Map.copyOf(sortedChildren), List.copyOf(provinces), Map.copyOf(points));
        }
    }

    @Override
    public String toString() {
        return "Areas[" + provinces.size() + " provinces, " + byCode.size() + " areas]";
    }
}
