package th.poverty.household.imports;

import io.smallrye.mutiny.Uni;

/**
 * How one kind of import reads, decides and commits its staged rows, batch by batch; the
 * {@link ImportLoop} runs it.
 */
public interface ImportBatches<J, B extends ImportBatches.Prepared> {

    /** Rows read and decided, ready to commit; empty when the job has no rows left. */
    interface Prepared {

        boolean isEmpty();

        /** The last row of the batch, from which the next one reads on. */
        int lastRow();
    }

    /**
     * Reads the job's staged rows after {@code afterRow} and decides them (blocking: called from
     * the worker's thread). It may read past rows a batch still in flight is about to remove.
     */
    B prepare(J job, int afterRow);

    /** Commits a prepared batch in one transaction, claiming its rows; fails with {@link RowsTaken} if they are gone. */
    Uni<Void> commit(J job, B batch);
}
