package th.poverty.household.tpmap;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.household.bmn.RowOutcomes;
import th.poverty.household.imports.ImportQueue;
import th.poverty.household.imports.JobTable;
import th.poverty.household.imports.StagedRows;

/** The TPMAP list imports, their staged rows and their outcomes, as stored. */
@ApplicationScoped
public class TpmapJobs implements ImportQueue<TpmapJob> {

    static final StagedRows ROWS = new StagedRows("tpmap_import_rows", TpmapLayout.FIELDS);
    static final JobTable<TpmapJob> TABLE = new JobTable<>("tpmap_imports", "list_year", TpmapJob.COLUMNS,
            TpmapJob::of, ROWS);
    static final RowOutcomes OUTCOMES = new RowOutcomes("tpmap_import_outcomes");

    private final Pool pool;

    public TpmapJobs(Pool pool) {
        this.pool = pool;
    }

    Uni<Optional<TpmapJob>> find(UUID jobId) {
        return TABLE.find(pool, jobId);
    }

    @Override
    public Uni<Optional<TpmapJob>> nextPending() {
        return TABLE.nextPending(pool);
    }

    @Override
    public Uni<Void> fail(UUID jobId, String failure) {
        return TABLE.fail(pool, jobId, failure);
    }

    /** Ends a job that has no rows left to import, and forgets the people it met. */
    @Override
    public Uni<Void> finish(UUID jobId) {
        return pool.withTransaction(tx -> TABLE.finish(tx, jobId)
                .chain(() -> tx.preparedQuery("""
                                delete from tpmap_import_people where job_id = $1
                                  and not exists (select 1 from tpmap_import_rows where job_id = $1)""")
                        .execute(Tuple.of(jobId)))
                .replaceWithVoid());
    }
}
