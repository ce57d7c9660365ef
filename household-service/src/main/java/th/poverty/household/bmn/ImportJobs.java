package th.poverty.household.bmn;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The survey import jobs and their outcomes, as stored. */
@ApplicationScoped
public class ImportJobs {

    static final RowOutcomes OUTCOMES = new RowOutcomes("bmn_import_outcomes");

    private final Pool pool;

    public ImportJobs(Pool pool) {
        this.pool = pool;
    }

    Uni<Optional<ImportJob>> find(UUID jobId) {
        return pool.preparedQuery("select " + ImportJob.COLUMNS + " from bmn_imports where job_id = $1")
                .execute(Tuple.of(jobId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(ImportJob.of(rows.iterator().next())));
    }

    /** The oldest job with rows still to import. */
    Uni<Optional<ImportJob>> nextPending() {
        return pool.query("select " + ImportJob.COLUMNS
                        + " from bmn_imports where status in ('QUEUED', 'RUNNING') order by uploaded_at limit 1")
                .execute()
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(ImportJob.of(rows.iterator().next())));
    }

    /** Gives up on a job; its rows stay staged, so uploading the file again resumes it. */
    Uni<Void> fail(UUID jobId, String failure) {
        return pool.preparedQuery("""
                        update bmn_imports set status = 'FAILED', failure = $2
                        where job_id = $1 and status in ('QUEUED', 'RUNNING')""")
                .execute(Tuple.of(jobId, failure))
                .replaceWithVoid();
    }

    /** Ends a job that has no rows left to import. */
    Uni<Void> finish(UUID jobId) {
        return pool.preparedQuery("""
                        update bmn_imports set status = 'DONE', started_at = coalesce(started_at, now()),
                                               finished_at = now()
                        where job_id = $1 and status in ('QUEUED', 'RUNNING')
                          and not exists (select 1 from bmn_import_rows where job_id = $1)""")
                .execute(Tuple.of(jobId))
                .replaceWithVoid();
    }
}
