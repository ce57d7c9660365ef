package th.poverty.household.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.household.mapping.FileField;

/**
 * An import's staging table: job_id, row_number, problem, then one text column per field of the
 * file kind, named as the field's header. Uploads copy rows in; batches read them and claim them by
 * deleting them.
 */
public final class StagedRows {

    private final String table;
    private final List<? extends FileField> fields;
    private final String columns;

    public StagedRows(String table, List<? extends FileField> fields) {
        this.table = table;
        this.fields = List.copyOf(fields);
        this.columns = String.join(", ", fields.stream().map(FileField::header).toList());
    }

    String table() {
        return table;
    }

    /** The file kind's fields, in the order the staged rows hold their values. */
    public List<? extends FileField> fields() {
        return fields;
    }

    /** The {@code COPY ... FROM STDIN} that stages an uploaded file's rows ({@code Staging}). */
    public String copy() {
        return "copy " + table + " (job_id, row_number, problem, " + columns + ") from stdin";
    }

    /** Up to {@code limit} of the job's staged rows after {@code afterRow}, in row order (blocking). */
    public List<StagedRow> read(Pool pool, UUID jobId, int afterRow, int limit) {
        return pool.preparedQuery("select row_number, problem, " + columns + " from " + table
                        + " where job_id = $1 and row_number > $2 order by row_number limit $3")
                .execute(Tuple.of(jobId, afterRow, limit))
                .map(result -> {
                    List<StagedRow> staged = new ArrayList<>(result.size());
                    result.forEach(row -> {
                        String[] values = new String[fields.size()];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = row.getString(2 + i);
                        }
                        staged.add(new StagedRow(row.getInteger(0), row.getString(1), values));
                    });
                    return staged;
                })
                .await().indefinitely();
    }

    /**
     * Removes a batch's rows (read in row order) from the staged rows: the claim on them. A batch
     * of another instance that claimed them first makes this one wait for its commit and then
     * find them gone: {@link RowsTaken}.
     */
    public Uni<Void> take(SqlConnection tx, UUID jobId, List<StagedRow> rows) {
        return tx.preparedQuery("delete from " + table + " where job_id = $1 and row_number between $2 and $3")
                .execute(Tuple.of(jobId, rows.getFirst().row(), rows.getLast().row()))
                .invoke(deleted -> {
                    if (deleted.rowCount() != rows.size()) {
                        throw new RowsTaken();
                    }
                })
                .replaceWithVoid();
    }
}
