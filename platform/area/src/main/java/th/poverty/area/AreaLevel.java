package th.poverty.area;

import java.util.Optional;

/** A level of the area tree; the level of a code is given by its length alone. */
public enum AreaLevel {
    PROVINCE(2, "จังหวัด", "province"),
    DISTRICT(4, "อำเภอ", "district"),
    TAMBON(6, "ตำบล", "subdistrict"),
    VILLAGE(8, "หมู่บ้าน", "village");

    private final int codeLength;
    private final String labelTh;
    private final String labelEn;

    AreaLevel(int codeLength, String labelTh, String labelEn) {
        this.codeLength = codeLength;
        this.labelTh = labelTh;
        this.labelEn = labelEn;
    }

    /** Number of digits in a code of this level. */
    public int codeLength() {
        return codeLength;
    }

    public String labelTh() {
        return labelTh;
    }

    public String labelEn() {
        return labelEn;
    }

    /**
     * The level a code of this length would have. Only the length is looked at: whether the code
     * is made of digits, or exists, is for {@link Areas} to say.
     */
    public static Optional<AreaLevel> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (AreaLevel level : values()) {
            if (level.codeLength == code.length()) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
