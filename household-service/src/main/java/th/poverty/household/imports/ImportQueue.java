package th.poverty.household.imports;

import java.util.Optional;
import java.util.UUID;

import io.smallrye.mutiny.Uni;

/** An import's jobs as its {@link ImportLoop} takes them: the next one to work on, and how each ends. */
public interface ImportQueue<J extends QueuedImport> {

    /** The oldest job with rows still to import. */
    Uni<Optional<J>> nextPending();

    /** Ends a job that has no rows left to import. */
    Uni<Void> finish(UUID jobId);

    /** Gives up on a job; its rows stay staged, so uploading the file again resumes it. */
    Uni<Void> fail(UUID jobId, String failure);
}
