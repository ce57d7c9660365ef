package th.poverty.household.bmn;

/**
 * Why an uploaded row was not imported.
 *
 * @param field   the CSV column at fault ({@code row} when the row as a whole is), or null
 * @param code    a stable kebab-case name, e.g. {@code invalid-national-id}
 * @param message what is wrong, for people; never repeats personal data
 */
public record RowProblem(String field, String code, String message) {
}
