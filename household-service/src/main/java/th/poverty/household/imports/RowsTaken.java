package th.poverty.household.imports;

/** Another instance imported a batch's rows first: the batch is dropped and the worker reads on. */
public final class RowsTaken extends RuntimeException {

    public RowsTaken() {
        super("the rows were imported by another instance", null, false, false);
    }
}
