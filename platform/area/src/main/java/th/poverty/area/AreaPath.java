package th.poverty.area;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The chain of codes from a province down to an area, as the data defines it. Trailing codes are
 * {@code null} for an area above village level.
 */
public record AreaPath(String province, String district, String tambon, String village) {

    public AreaPath {
        Objects.requireNonNull(province, "province");
        // no gaps: a lower level needs every level above it
        if ((village != null && tambon == null) || (tambon != null && district == null)) {
            throw new IllegalArgumentException("an area path cannot skip a level");
        }
    }

    /** The codes from the province down to the deepest known level. */
    public List<String> codes() {
        List<String> codes = new ArrayList<>(4);
        for (String code : new String[] {province, district, tambon, village}) {
            if (code != null) {
                codes.add(code);
            }
        }
        return Collections.unmodifiableList(codes);
    }

    /** The code of the area this path leads to (its deepest level). */
    public String code() {
        List<String> codes = codes();
        return codes.get(codes.size() - 1);
    }

    /** The level of the area this path leads to. */
    public AreaLevel level() {
        return AreaLevel.ofCode(code()).orElseThrow();
    }

    /**
     * Whether the area lies within (or is) the area with the given code. Compares whole codes on
     * the path, never prefixes, so that "24" never contains "240" by accident. The empty string stands for the whole country and contains everything.
     * {@code null} is rejected, so that a missing scope never grants the whole country by mistake.
     */
    public boolean within(String areaCode) {
        Objects.requireNonNull(areaCode, "areaCode (use \"\" for the whole country)");
        return areaCode.isEmpty()
                || areaCode.equals(province)
                || areaCode.equals(district)
                || areaCode.equals(tambon)
                || areaCode.equals(village);
    }
}
