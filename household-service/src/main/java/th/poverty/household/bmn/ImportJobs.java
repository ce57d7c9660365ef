package th.poverty.household.bmn;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.household.imports.ImportQueue;
import th.poverty.household.imports.JobTable;
import th.poverty.household.imports.StagedRows;

/** The survey import jobs, their staged rows and their outcomes, as stored. */
@ApplicationScoped
public class ImportJobs implements ImportQueue<ImportJob> {

    static final StagedRows ROWS = new StagedRows("bmn_import_rows", SurveyLayout.FIELDS);
    static final JobTable<ImportJob> TABLE = new JobTable<>("bmn_imports", "survey_year", ImportJob.COLUMNS,
            ImportJob::of, ROWS);
    static final RowOutcomes OUTCOMES = new RowOutcomes("bmn_import_outcomes");

    private final Pool pool;

    public ImportJobs(Pool pool) {
        this.pool = pool;
    }

    Uni<Optional<ImportJob>> find(UUID jobId) {
        return TABLE.find(pool, jobId);
    }

    @Override
    public Uni<Optional<ImportJob>> nextPending() {
        return TABLE.nextPending(pool);
    }

    @Override
    public Uni<Void> fail(UUID jobId, String failure) {
        return TABLE.fail(pool, jobId, failure);
    }

    @Override
    public Uni<Void> finish(UUID jobId) {
        return TABLE.finish(pool, jobId);
    }
}
