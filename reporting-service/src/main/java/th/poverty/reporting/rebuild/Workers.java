package th.poverty.reporting.rebuild;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a rebuild's shares of work side by side, one thread each, and collects their results in order. */
final class Workers {

    interface Share<S, R> {
        R run(S share) throws SQLException;
    }

    private Workers() {
    }

    /** The number of workers for this machine: one per processor, at most four (each holds a connection). */
    static int forThisMachine() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    static <S, R> List<R> run(List<S> shares, Share<S, R> work) throws SQLException {
        try (var threads = Executors.newFixedThreadPool(Math.max(1, shares.size()))) {
            List<Future<R>> running = new ArrayList<>();
            for (S share : shares) {
                running.add(threads.submit(() -> work.run(share)));
            }
            try {
                List<R> results = new ArrayList<>();
                for (Future<R> result : running) {
                    results.add(result.get());
                }
                return results;
            } catch (ExecutionException | InterruptedException e) {
                threads.shutdownNow(); // one share failed: the others are stopped, not waited for
                throw e;
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the rebuild was interrupted", e);
        }
    }
}
