package th.poverty.household.bmn;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** An import's rows not imported, in its outcomes table: written with each batch, downloaded as CSV to mend. */
public final class RowOutcomes {

    public static final String CSV = "text/csv";
    private static final int DOWNLOAD_PAGE = 5_000;

    private final String table;

    /** @param table the job kind's outcomes table: job_id, row_number, seq, outcome, field, code, reason */
    public RowOutcomes(String table) {
        this.table = table;
    }

    /** A batch's outcomes, in one statement, in the batch's transaction. */
    public Uni<Void> record(SqlConnection tx, UUID jobId, List<RowOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = outcomes.size();
        Integer[] rows = new Integer[n];
        Integer[] seqs = new Integer[n];
        String[] kinds = new String[n];
        String[] fields = new String[n];
        String[] codes = new String[n];
        String[] reasons = new String[n];
        for (int i = 0; i < n; i++) {
            RowOutcome o = outcomes.get(i);
            rows[i] = o.row();
            seqs[i] = o.seq();
            kinds[i] = o.outcome();
            fields[i] = o.field();
            codes[i] = o.code();
            reasons[i] = o.reason();
        }
        return tx.preparedQuery("insert into " + table + " (job_id, row_number, seq, outcome, field, code, reason)"
                        + " select $1, unnest($2::int[]), unnest($3::int[]), unnest($4::text[]), unnest($5::text[]),"
                        + " unnest($6::text[]), unnest($7::text[])")
                .execute(Tuple.tuple(List.of(jobId, rows, seqs, kinds, fields, codes, reasons)))
                .replaceWithVoid();
    }

    /** The job's outcomes after ({@code row}, {@code seq}), in row order. */
    Uni<List<RowOutcome>> page(SqlClient client, UUID jobId, int afterRow, int afterSeq, int limit) {
        return client.preparedQuery("select row_number, seq, outcome, field, code, reason from " + table
                        + " where job_id = $1 and (row_number, seq) > ($2, $3) order by row_number, seq limit $4")
                .execute(Tuple.of(jobId, afterRow, afterSeq, limit))
                .map(rows -> {
                    List<RowOutcome> outcomes = new ArrayList<>(rows.size());
                    rows.forEach(row -> outcomes.add(new RowOutcome(row.getInteger(0), row.getInteger(1), row.getString(2),
                            row.getString(3), row.getString(4), row.getString(5))));
                    return outcomes;
                });
    }

    /**
     * The job's outcomes as a CSV download, page by page: row number (the header is row 1),
     * outcome, field, code, reason. No personal data.
     */
    public Response download(SqlClient client, UUID jobId, String fileName) {
        StreamingOutput csv = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            out.write("row,outcome,field,code,reason\n");
            int afterRow = 0;
            int afterSeq = -1;
            List<RowOutcome> page;
            do {
                page = page(client, jobId, afterRow, afterSeq, DOWNLOAD_PAGE).await().indefinitely();
                for (RowOutcome o : page) {
                    out.write(o.row() + "," + o.outcome() + "," + cell(o.field()) + "," + cell(o.code()) + ","
                            + cell(o.reason()) + "\n");
                    afterRow = o.row();
                    afterSeq = o.seq();
                }
            } while (page.size() == DOWNLOAD_PAGE);
            out.flush();
        };
        return Response.ok(csv, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    /** A CSV cell: quoted when it holds a comma, a quote or a line break. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
