package th.poverty.household.bmn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import th.poverty.area.HouseNumber;
import th.poverty.area.InvalidIdentifierException;
import th.poverty.area.NationalId;

/** One household's answers in a BMN survey file, read and checked field by field. */
record SurveyRow(
        int row,
        NationalId nationalId,
        String firstName,
        String lastName,
        HouseNumber houseNumber,
        String villageCode,
        int members,
        int incomePerPerson,
        List<Integer> failedIndicators,
        String phone,
        String address) {

    static final int MAX_NAME = 100;
    static final int MAX_ADDRESS = 500;
    static final int MAX_MEMBERS = 99;
    static final int MAX_INCOME = 99_999_999;

    private static final Pattern VILLAGE = Pattern.compile("[0-9]{8}");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,2}");
    private static final Pattern BAHT = Pattern.compile("[0-9]{1,3}(,?[0-9]{3})*(\\.[0-9]{1,2})?");
    private static final Pattern PHONE = Pattern.compile("0[0-9]{8,9}");
    private static final Pattern INDICATOR_SEPARATORS = Pattern.compile("[;,\\s]+");

    /** A row read: either all its fields are good, or the list of what is wrong with it. */
    sealed interface Reading {
    }

    record Valid(SurveyRow row) implements Reading {
    }

    record Invalid(List<RowProblem> problems) implements Reading {
    }

    /**
     * Reads the values of one row.
     *
     * @param values  in {@link SurveyColumn} order; null for an optional column the file leaves out
     * @param problem why the row could not be split into the columns, or null
     */
    static Reading read(int row, String[] values, String problem, SurveyRound round) {
        if (problem != null) {
            return new Invalid(List.of(new RowProblem("row", "wrong-column-count", problem)));
        }
        var problems = new ArrayList<RowProblem>();
        NationalId nationalId = identifier(SurveyColumn.NATIONAL_ID, values, problems, NationalId::parse);
        String firstName = name(SurveyColumn.FIRST_NAME, values, problems);
        String lastName = name(SurveyColumn.LAST_NAME, values, problems);
        HouseNumber house = identifier(SurveyColumn.HOUSE_NUMBER, values, problems, HouseNumber::parse);
        String village = text(SurveyColumn.VILLAGE_CODE, values);
        if (village == null || !VILLAGE.matcher(village).matches()) {
            problems.add(problem(SurveyColumn.VILLAGE_CODE, "invalid-village-code",
                    "must be the 8-digit village code (tambon code + หมู่ที่), e.g. 24010101"));
        }
        Integer members = members(values, problems);
        Integer income = income(values, problems);
        List<Integer> indicators = indicators(values, round, problems);
        String phone = phone(values, problems);
        String address = text(SurveyColumn.ADDRESS, values);
        if (address != null && address.length() > MAX_ADDRESS) {
            problems.add(problem(SurveyColumn.ADDRESS, "too-long", "must be at most " + MAX_ADDRESS + " characters"));
        }
        if (!problems.isEmpty()) {
            return new Invalid(List.copyOf(problems));
        }
        return new Valid(new SurveyRow(row, nationalId, firstName, lastName, house, village, members, income, indicators,
                phone, address));
    }

    private interface Parser<T> {
        T parse(String raw);
    }

    private static <T> T identifier(SurveyColumn column, String[] values, List<RowProblem> problems, Parser<T> parser) {
        try {
            return parser.parse(values[column.ordinal()]);
        } catch (InvalidIdentifierException e) {
            // the message names the rule broken, never the number itself
            problems.add(new RowProblem(column.header(), "invalid-" + column.header().replace('_', '-'),
                    e.getMessage().replace(e.field(), column.header())));
            return null;
        }
    }

    private static String name(SurveyColumn column, String[] values, List<RowProblem> problems) {
        String name = text(column, values);
        if (name == null) {
            problems.add(problem(column, "required", "is required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(problem(column, "too-long", "must be at most " + MAX_NAME + " characters"));
        }
        return name;
    }

    private static Integer members(String[] values, List<RowProblem> problems) {
        String raw = text(SurveyColumn.MEMBERS, values);
        if (raw != null && WHOLE.matcher(raw).matches() && Integer.parseInt(raw) >= 1) {
            return Integer.parseInt(raw);
        }
        problems.add(problem(SurveyColumn.MEMBERS, "invalid-members",
                "must be the number of household members, 1 to " + MAX_MEMBERS));
        return null;
    }

    /** Whole baht: a decimal part is dropped, which keeps every comparison with a whole-baht threshold. */
    private static Integer income(String[] values, List<RowProblem> problems) {
        String raw = text(SurveyColumn.INCOME_PER_PERSON, values);
        if (raw != null && BAHT.matcher(raw).matches()) {
            BigDecimal baht = new BigDecimal(raw.replace(",", ""));
            if (baht.compareTo(BigDecimal.valueOf(MAX_INCOME)) <= 0) {
                return baht.intValue();
            }
        }
        problems.add(problem(SurveyColumn.INCOME_PER_PERSON, "invalid-income",
                "must be the income per person per year in baht, a number from 0 (e.g. 25000 or 25,000.50)"));
        return null;
    }

    private static List<Integer> indicators(String[] values, SurveyRound round, List<RowProblem> problems) {
        String raw = text(SurveyColumn.FAILED_INDICATORS, values);
        if (raw == null) {
            return List.of();
        }
        var numbers = new TreeSet<Integer>();
        for (String part : INDICATOR_SEPARATORS.split(raw)) {
            if (part.isEmpty()) {
                continue;
            }
            int number = WHOLE.matcher(part).matches() ? Integer.parseInt(part) : 0;
            if (number < 1 || number > round.indicatorCount()) {
                problems.add(problem(SurveyColumn.FAILED_INDICATORS, "invalid-indicator",
                        "has '" + part + "', which is not an indicator of the " + round.surveyYear()
                                + " round: use numbers 1 to " + round.indicatorCount() + " separated by ';', e.g. 8;15;23"));
                return List.of();
            }
            numbers.add(number);
        }
        return List.copyOf(numbers);
    }

    private static String phone(String[] values, List<RowProblem> problems) {
        String raw = text(SurveyColumn.PHONE, values);
        if (raw == null) {
            return null;
        }
        String digits = raw.replace("-", "").replace(" ", "");
        if (!PHONE.matcher(digits).matches()) {
            problems.add(problem(SurveyColumn.PHONE, "invalid-phone", "must be a Thai phone number such as 0812345678"));
            return null;
        }
        return digits;
    }

    /** The value without surrounding spaces; null when the column is left out or empty. */
    private static String text(SurveyColumn column, String[] values) {
        String value = values[column.ordinal()];
        if (value == null) {
            return null;
        }
        value = value.strip();
        return value.isEmpty() ? null : value;
    }

    private static RowProblem problem(SurveyColumn column, String code, String message) {
        return new RowProblem(column.header(), code, column.header() + " " + message);
    }
}
