package th.poverty.household.imports;

/**
 * A row of an uploaded file waiting to be imported: its spreadsheet row number, why it could not
 * be split into the header's columns (null if it could), and its values in the file kind's field order.
 */
public record StagedRow(int row, String problem, String[] values) {
}
