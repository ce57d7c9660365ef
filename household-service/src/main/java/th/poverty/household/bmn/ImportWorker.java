package th.poverty.household.bmn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import th.poverty.household.imports.ImportLoop;

/** Imports queued survey files in the background ({@link ImportLoop}), several batches committing at once. */
@ApplicationScoped
public class ImportWorker {

    private final ImportLoop<ImportJob, ImportBatch.Prepared> loop;

    public ImportWorker(ImportJobs jobs, ImportBatch batch, OutboxBacklog backlog, BmnImportConfig config) {
        this.loop = new ImportLoop<>(new ImportLoop.Settings("BMN import", config.parallelBatches(),
                config.pollInterval(), config.maxAttempts()), jobs, batch, backlog);
    }

    void onStart(@Observes StartupEvent event) {
        loop.start("bmn-import");
    }

    void onStop(@Observes ShutdownEvent event) {
        loop.stop();
    }

    /** A job was queued on this instance: start it now rather than at the next poll. */
    void wake() {
        loop.wake();
    }
}
