package th.poverty.household.mapping;

import java.util.regex.Pattern;

import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a mapped file holds one field: a column of its own name, a value the same for every row
 * (a column the export lacks), or, for the village code, the tambon code and the หมู่ที่ in two
 * columns. Exactly one of the three forms is given.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One of: column; value; tambonColumn with villageNumberColumn (village_code only)")
public record FieldSource(
        @Schema(description = "The column's name in the file's header row", example = "เลขบัตรประชาชน")
        @Size(max = FieldSource.MAX_NAME) String column,
        @Schema(description = "A value every row takes (the file has no such column)")
        @Size(max = FieldSource.MAX_VALUE) String value,
        @Schema(description = "The column with the 6-digit tambon code", example = "รหัสตำบล")
        @Size(max = FieldSource.MAX_NAME) String tambonColumn,
        @Schema(description = "The column with the village number (หมู่ที่), 1 to 99", example = "หมู่ที่")
        @Size(max = FieldSource.MAX_NAME) String villageNumberColumn) {

    static final int MAX_NAME = 200;
    static final int MAX_VALUE = 500;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,2}");

    public static FieldSource inColumn(String name) {
        return new FieldSource(name, null, null, null);
    }

    public static FieldSource fixed(String value) {
        return new FieldSource(null, value, null, null);
    }

    public static FieldSource villageParts(String tambonColumn, String villageNumberColumn) {
        return new FieldSource(null, null, tambonColumn, villageNumberColumn);
    }

    /** What is wrong with this source for {@code field}, or null when it is one of the three forms. */
    String problem(FileField field, String villageCodeField) {
        int forms = (column != null ? 1 : 0) + (value != null ? 1 : 0)
                + (tambonColumn != null || villageNumberColumn != null ? 1 : 0);
        if (forms != 1) {
            return "give exactly one of column, value, or tambonColumn with villageNumberColumn";
        }
        if (column != null && column.isBlank()) {
            return "column must name a column";
        }
        if (tambonColumn != null || villageNumberColumn != null) {
            if (!field.header().equals(villageCodeField)) {
                return "tambonColumn with villageNumberColumn makes up " + villageCodeField + " only";
            }
            if (tambonColumn == null || tambonColumn.isBlank() || villageNumberColumn == null
                    || villageNumberColumn.isBlank()) {
                return "tambonColumn and villageNumberColumn must both name a column";
            }
        }
        return null;
    }

    /**
     * The village code of a tambon code and a หมู่ที่: {@code 240101} and {@code 3} make {@code 24010103}.
     * Thai digits read as Arabic ones; what is not a number is left for the row's checks to refuse.
     */
    static String villageCode(String tambon, String villageNumber) {
        String number = arabic(villageNumber.strip());
        return arabic(tambon.strip()) + (DIGITS.matcher(number).matches() && number.length() == 1 ? "0" + number : number);
    }

    private static String arabic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c >= '๐' && c <= '๙' ? '0' + (c - '๐') : c));
        return out.toString();
    }

    @JsonIgnore
    boolean isVillageParts() {
        return tambonColumn != null;
    }
}
