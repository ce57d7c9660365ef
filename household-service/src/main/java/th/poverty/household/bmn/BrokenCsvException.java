package th.poverty.household.bmn;

/**
 * The file is not readable CSV from {@link #row()} on (an unterminated quote, text that is not
 * UTF-8, a wrong header): the whole upload is refused, since the rows after it cannot be trusted.
 */
public final class BrokenCsvException extends RuntimeException {

    private final int row;
    private final String field;

    public BrokenCsvException(int row, String message) {
        this(row, "row " + row, message);
    }

    public BrokenCsvException(int row, String field, String message) {
        super("Row " + row + ": " + message, null, false, false);
        this.row = row;
        this.field = field;
    }

    /** The spreadsheet row (the header is row 1) where reading failed. */
    public int row() {
        return row;
    }

    /** What a problem+json answer names as the failed input: {@code header}, or the row as {@code row 7}. */
    public String field() {
        return field;
    }
}
