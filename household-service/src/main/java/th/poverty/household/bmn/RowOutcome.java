package th.poverty.household.bmn;

/**
 * What became of a row that was not imported, as the rejections download lists it.
 *
 * @param seq     the line's place among its row's lines (a row rejected for two fields has two)
 * @param outcome {@code REJECTED} or {@code DUPLICATE}
 */
public record RowOutcome(int row, int seq, String outcome, String field, String code, String reason) {

    static final String REJECTED = "REJECTED";
    static final String DUPLICATE = "DUPLICATE";

    public static RowOutcome rejected(int row, int seq, RowProblem problem) {
        return new RowOutcome(row, seq, REJECTED, problem.field(), problem.code(), problem.message());
    }

    public static RowOutcome duplicate(int row, String code, String reason) {
        return new RowOutcome(row, 0, DUPLICATE, null, code, reason);
    }
}
