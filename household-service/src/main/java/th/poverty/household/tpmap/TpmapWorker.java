package th.poverty.household.tpmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import th.poverty.household.bmn.BmnImportConfig;
import th.poverty.household.bmn.OutboxBacklog;
import th.poverty.household.imports.ImportLoop;

/**
 * Imports queued TPMAP lists in the background ({@link ImportLoop}), one batch after another: a
 * list is a province's targets, far fewer rows than a survey, and a person listed twice counts at
 * the first row only if the batches commit in row order.
 */
@ApplicationScoped
public class TpmapWorker {

    private final ImportLoop<TpmapJob, TpmapBatch.Prepared> loop;

    public TpmapWorker(TpmapJobs jobs, TpmapBatch batch, OutboxBacklog backlog, BmnImportConfig config) {
        this.loop = new ImportLoop<>(new ImportLoop.Settings("TPMAP import", 1, config.pollInterval(),
                config.maxAttempts()), jobs, batch, backlog);
    }

    void onStart(@Observes StartupEvent event) {
        loop.start("tpmap-import");
    }

    void onStop(@Observes ShutdownEvent event) {
        loop.stop();
    }

    /** A list was queued on this instance: start it now rather than at the next poll. */
    void wake() {
        loop.wake();
    }
}
