package th.poverty.household.mapping;

/** The header row does not say where the file's fields are: the whole upload is refused (400, field {@code header}). */
public final class UnreadableHeader extends RuntimeException {

    private final int row;

    UnreadableHeader(int row, String message) {
        super("Row " + row + ": " + message, null, false, false);
        this.row = row;
    }

    /** The spreadsheet row of the header. */
    public int row() {
        return row;
    }
}
