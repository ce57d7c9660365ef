package th.poverty.household.imports;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.Areas;
import th.poverty.household.bmn.UploadRules;
import th.poverty.web.ProblemException;

/**
 * An import's jobs table: job_id, the year the file is for, area_code, file_sha256, mapping_name,
 * mapping_version (which together name a file: the same file again finds its job), status,
 * uploaded_at, failure, rows_total, rows_read, started_at, finished_at, and the kind's own columns
 * and counters.
 */
public final class JobTable<J extends QueuedImport> {

    private final String table;
    private final String yearColumn;
    private final String columns;
    private final Function<Row, J> read;
    private final StagedRows rows;

    /** @param columns the columns {@code read} reads a job from */
    public JobTable(String table, String yearColumn, String columns, Function<Row, J> read, StagedRows rows) {
        this.table = table;
        this.yearColumn = yearColumn;
        this.columns = columns;
        this.read = read;
        this.rows = rows;
    }

    public Uni<Optional<J>> find(SqlClient client, UUID jobId) {
        return client.preparedQuery("select " + columns + " from " + table + " where job_id = $1")
                .execute(Tuple.of(jobId))
                .map(this::first);
    }

    /** The job if it exists and lies within the caller's area; otherwise 404, as for anything invisible. */
    public Uni<J> visible(SqlClient client, String jobId, String callerArea, Areas areas) {
        UUID id;
        try {
            id = UUID.fromString(jobId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Import job", jobId);
        }
        return find(client, id).map(found -> found.filter(job -> UploadRules.sees(callerArea, job.areaCode(), areas))
                .orElseThrow(() -> ProblemException.notFound("Import job", jobId)));
    }

    /** The oldest job with rows still to import. */
    public Uni<Optional<J>> nextPending(SqlClient client) {
        return client.query("select " + columns + " from " + table
                        + " where status in ('QUEUED', 'RUNNING') order by uploaded_at limit 1")
                .execute()
                .map(this::first);
    }

    /** Gives up on a job; its rows stay staged, so uploading the file again resumes it. */
    public Uni<Void> fail(SqlClient client, UUID jobId, String failure) {
        return client.preparedQuery("update " + table + " set status = 'FAILED', failure = $2"
                        + " where job_id = $1 and status in ('QUEUED', 'RUNNING')")
                .execute(Tuple.of(jobId, failure))
                .replaceWithVoid();
    }

    /** Marks the job DONE once no row of it is staged; the batch that read the last row may have set finished_at. */
    public Uni<Void> finish(SqlClient client, UUID jobId) {
        return client.preparedQuery("update " + table + " set status = 'DONE', started_at = coalesce(started_at, now()),"
                        + " finished_at = coalesce(finished_at, now())"
                        + " where job_id = $1 and status in ('QUEUED', 'RUNNING')"
                        + " and not exists (select 1 from " + rows.table() + " where job_id = $1)")
                .execute(Tuple.of(jobId))
                .replaceWithVoid();
    }

    String table() {
        return table;
    }

    /** The column that, with the file's hash, area and mapping, names a job's file. */
    String yearColumn() {
        return yearColumn;
    }

    public StagedRows rows() {
        return rows;
    }

    private Optional<J> first(RowSet<Row> found) {
        return found.size() == 0 ? Optional.empty() : Optional.of(read.apply(found.iterator().next()));
    }
}
