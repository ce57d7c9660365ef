package th.poverty.area;

import java.util.Objects;

/**
 * One node of the area tree.
 *
 * @param code       DOPA code: 2, 4, 6 or 8 digits
 * @param level      the level, consistent with the code's length
 * @param nameTh     Thai name; for a village "หมู่ที่ N &lt;subdistrict name&gt;", since villages
 *                   have no names in the data
 * @param nameEn     English name, as romanised in the data; for a village "Moo N &lt;subdistrict&gt;"
 * @param parentCode the parent's code, {@code null} for a province
 */
public record Area(String code, AreaLevel level, String nameTh, String nameEn, String parentCode) {

    public Area {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(nameTh, "nameTh");
        Objects.requireNonNull(nameEn, "nameEn");
        if (code.length() != level.codeLength()) {
            throw new IllegalArgumentException("code " + code + " does not have " + level.codeLength() + " digits");
        }
        if ((parentCode == null) != (level == AreaLevel.PROVINCE)) {
            throw new IllegalArgumentException("only a province has no parent: " + code);
        }
    }
}
