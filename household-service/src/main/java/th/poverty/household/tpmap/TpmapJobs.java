package th.poverty.household.tpmap;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.household.bmn.RowOutcomes;
import th.poverty.household.imports.ImportQueue;
import th.poverty.household.imports.StagedRows;

/** The TPMAP list imports and their outcomes, as stored. */
@ApplicationScoped
public class TpmapJobs implements ImportQueue<TpmapJob> {

    static final RowOutcomes OUTCOMES = new RowOutcomes("tpmap_import_outcomes");
    static final StagedRows ROWS = new StagedRows("tpmap_import_rows", TpmapLayout.FIELDS);

    private final Pool pool;

    public TpmapJobs(Pool pool) {
        this.pool = pool;
    }

    Uni<Optional<TpmapJob>> find(UUID jobId) {
        return pool.preparedQuery("select " + TpmapJob.COLUMNS + " from tpmap_imports where job_id = $1")
                .execute(Tuple.of(jobId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(TpmapJob.of(rows.iterator().next())));
    }

    @Override
    public Uni<Optional<TpmapJob>> nextPending() {
        return pool.query("select " + TpmapJob.COLUMNS
                        + " from tpmap_imports where status in ('QUEUED', 'RUNNING') order by uploaded_at limit 1")
                .execute()
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(TpmapJob.of(rows.iterator().next())));
    }

    @Override
    public Uni<Void> fail(UUID jobId, String failure) {
        return pool.preparedQuery("""
                        update tpmap_imports set status = 'FAILED', failure = $2
                        where job_id = $1 and status in ('QUEUED', 'RUNNING')""")
                .execute(Tuple.of(jobId, failure))
                .replaceWithVoid();
    }

    /** Ends a job that has no rows left to import, and forgets the people it met. */
    @Override
    public Uni<Void> finish(UUID jobId) {
        return pool.withTransaction(tx -> tx.preparedQuery("""
                                update tpmap_imports set status = 'DONE', started_at = coalesce(started_at, now()),
                                                         finished_at = coalesce(finished_at, now())
                                where job_id = $1 and status in ('QUEUED', 'RUNNING')
                                  and not exists (select 1 from tpmap_import_rows where job_id = $1)""")
                .execute(Tuple.of(jobId))
                .chain(() -> tx.preparedQuery("""
                                delete from tpmap_import_people where job_id = $1
                                  and not exists (select 1 from tpmap_import_rows where job_id = $1)""")
                        .execute(Tuple.of(jobId)))
                .replaceWithVoid());
    }
}
