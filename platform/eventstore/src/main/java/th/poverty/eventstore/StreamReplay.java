package th.poverty.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** One aggregate type's part of a replay: each of its stored events folded and projected again, in log order. */
public interface StreamReplay {

    String streamType();

    Uni<Void> apply(SqlConnection tx, StoredEvent stored);

    /** How many streams the replay has met so far. */
    int streams();
}
