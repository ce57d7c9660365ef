package th.poverty.household.imports;

import java.util.UUID;

/** What the {@link ImportLoop} knows of a job, whatever it imports. */
public interface QueuedImport {

    UUID id();

    /** The uploader's area claim ("" for the whole country). */
    String areaCode();

    int rowsTotal();

    int rowsRead();

    /** The job's own inputs, for the log: "survey year 2568". */
    String describe();
}
