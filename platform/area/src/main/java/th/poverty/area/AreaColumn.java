package th.poverty.area;

/**
 * The read models keep an area's whole path in four columns; a filter by area uses the column
 * of its level, which an index serves better than a prefix match.
 */
public final class AreaColumn {

    private AreaColumn() {
    }

    public static String of(AreaLevel level) {
        return switch (level) {
            case PROVINCE -> "province_code";
            case DISTRICT -> "district_code";
            case TAMBON -> "tambon_code";
            case VILLAGE -> "village_code";
        };
    }

    /** The column one level down, by which an area's figures break down; null below tambon. */
    public static String childOf(AreaLevel level) {
        return switch (level) {
            case PROVINCE -> "district_code";
            case DISTRICT -> "tambon_code";
            case TAMBON -> "village_code";
            case VILLAGE -> null;
        };
    }
}
