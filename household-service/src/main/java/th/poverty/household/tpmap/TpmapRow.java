package th.poverty.household.tpmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import th.poverty.area.HouseNumber;
import th.poverty.area.InvalidIdentifierException;
import th.poverty.area.NationalId;
import th.poverty.domain.Dimension;
import th.poverty.household.bmn.RowProblem;

/**
 * One person of a TPMAP target list, read and checked field by field.
 *
 * @param firstName   null when the list leaves it out (as it may for a person already in the programme)
 * @param houseNumber null when the list leaves it out
 * @param dimensions  the dimensions the person fails, in TPMAP's order; empty: not a target
 */
record TpmapRow(int row, NationalId nationalId, String firstName, String lastName, HouseNumber houseNumber,
                String villageCode, List<Dimension> dimensions) {

    static final int MAX_NAME = 100;
    private static final Pattern VILLAGE = Pattern.compile("[0-9]{8}");
    private static final Set<String> FAILS = Set.of("1", "y", "yes", "true", "ใช่");
    private static final Set<String> PASSES = Set.of("", "0", "n", "no", "false", "ไม่ใช่");

    /** A row read: either all its fields are good, or the list of what is wrong with it. */
    sealed interface Reading {
    }

    record Valid(TpmapRow row) implements Reading {
    }

    record Invalid(List<RowProblem> problems) implements Reading {
    }

    /** Whether the person is named, as a candidate needs to be. */
    boolean named() {
        return firstName != null && lastName != null;
    }

    /**
     * Reads the values of one row.
     *
     * @param values  in {@link TpmapColumn} order; null for a column the file leaves out
     * @param problem why the row could not be split into the columns, or null
     */
    static Reading read(int row, String[] values, String problem) {
        if (problem != null) {
            return new Invalid(List.of(new RowProblem("row", "wrong-column-count", problem)));
        }
        var problems = new ArrayList<RowProblem>();
        NationalId nationalId = null;
        try {
            nationalId = NationalId.parse(values[TpmapColumn.NATIONAL_ID.ordinal()]);
        } catch (InvalidIdentifierException e) {
            // the message names the rule broken, never the number itself
            problems.add(new RowProblem("national_id", "invalid-national-id",
                    e.getMessage().replace(e.field(), "national_id")));
        }
        String firstName = name(TpmapColumn.FIRST_NAME, values, problems);
        String lastName = name(TpmapColumn.LAST_NAME, values, problems);
        HouseNumber house = null;
        String rawHouse = text(TpmapColumn.HOUSE_NUMBER, values);
        if (rawHouse != null) {
            try {
                house = HouseNumber.parse(rawHouse);
            } catch (InvalidIdentifierException e) {
                problems.add(new RowProblem("house_number", "invalid-house-number",
                        e.getMessage().replace(e.field(), "house_number")));
            }
        }
        String village = text(TpmapColumn.VILLAGE_CODE, values);
        if (village == null || !VILLAGE.matcher(village).matches()) {
            problems.add(problem(TpmapColumn.VILLAGE_CODE, "invalid-village-code",
                    "must be the 8-digit village code (tambon code + หมู่ที่), e.g. 24010101"));
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (TpmapColumn column : TpmapColumn.values()) {
            if (column.dimension() == null) {
                continue;
            }
            String flag = text(column, values);
            String answer = flag == null ? "" : flag.toLowerCase(Locale.ROOT);
            if (FAILS.contains(answer)) {
                dimensions.add(column.dimension());
            } else if (!PASSES.contains(answer)) {
                problems.add(problem(column, "invalid-flag",
                        "must be 1 when the person fails the dimension, 0 or empty when not"));
            }
        }
        if (!problems.isEmpty()) {
            return new Invalid(List.copyOf(problems));
        }
        return new Valid(new TpmapRow(row, nationalId, firstName, lastName, house, village, List.copyOf(dimensions)));
    }

    private static String name(TpmapColumn column, String[] values, List<RowProblem> problems) {
        String name = text(column, values);
        if (name != null && name.length() > MAX_NAME) {
            problems.add(problem(column, "too-long", "must be at most " + MAX_NAME + " characters"));
        }
        return name;
    }

    /** The value without surrounding spaces; null when the column is left out or empty. */
    private static String text(TpmapColumn column, String[] values) {
        String value = values[column.ordinal()];
        if (value == null) {
            return null;
        }
        value = value.strip();
        return value.isEmpty() ? null : value;
    }

    private static RowProblem problem(TpmapColumn column, String code, String message) {
        return new RowProblem(column.header(), code, column.header() + " " + message);
    }
}
