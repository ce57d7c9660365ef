package th.poverty.household.bmn;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.household.imports.ImportQueue;
import th.poverty.household.imports.StagedRows;

/** The survey import jobs and their outcomes, as stored. */
@ApplicationScoped
public class ImportJobs implements ImportQueue<ImportJob> {

    static final RowOutcomes OUTCOMES = new RowOutcomes("bmn_import_outcomes");
    static final StagedRows ROWS = new StagedRows("bmn_import_rows", SurveyLayout.FIELDS);

    private final Pool pool;

    public ImportJobs(Pool pool) {
        this.pool = pool;
    }

    Uni<Optional<ImportJob>> find(UUID jobId) {
        return pool.preparedQuery("select " + ImportJob.COLUMNS + " from bmn_imports where job_id = $1")
                .execute(Tuple.of(jobId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(ImportJob.of(rows.iterator().next())));
    }

    @Override
    public Uni<Optional<ImportJob>> nextPending() {
        return pool.query("select " + ImportJob.COLUMNS
                        + " from bmn_imports where status in ('QUEUED', 'RUNNING') order by uploaded_at limit 1")
                .execute()
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(ImportJob.of(rows.iterator().next())));
    }

    @Override
    public Uni<Void> fail(UUID jobId, String failure) {
        return pool.preparedQuery("""
                        update bmn_imports set status = 'FAILED', failure = $2
                        where job_id = $1 and status in ('QUEUED', 'RUNNING')""")
                .execute(Tuple.of(jobId, failure))
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> finish(UUID jobId) {
        return pool.preparedQuery("""
                        update bmn_imports set status = 'DONE', started_at = coalesce(started_at, now()),
                                               finished_at = now()
                        where job_id = $1 and status in ('QUEUED', 'RUNNING')
                          and not exists (select 1 from bmn_import_rows where job_id = $1)""")
                .execute(Tuple.of(jobId))
                .replaceWithVoid();
    }
}
