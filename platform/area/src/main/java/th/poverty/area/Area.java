package th.poverty.area;

import java.util.Objects;

/**
 * One node of the area tree.
 *
 * @param code       DOPA code: 2, 4, 6 or 8 digits
 * @param level      the level, consistent with the code's length
 * @param nameTh     Thai name; for a village "หมู่ที่ N &lt;subdistrict name&gt;", since villages
 *                   have no names in the data
 * @param parentCode the parent's code, {@code null} for a province. For a subdistrict this is the
 *                   district it belongs to, which is not always its code's first four digits
 */
public record Area(String code, AreaLevel level, String nameTh, String parentCode) {

    public Area {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(nameTh, "nameTh");
        if (code.length() != level.codeLength()) {
            throw new IllegalArgumentException("code " + code + " does not have " + level.codeLength() + " digits");
        }
        if ((parentCode == null) != (level == AreaLevel.PROVINCE)) {
            throw new IllegalArgumentException("only a province has no parent: " + code);
        }
    }
}
