package th.poverty.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;

/**
 * An open-model load: requests start at a fixed rate whether or not earlier ones have answered
 * (as users arrive), so a slow system shows as latency rather than as a lower rate. Each request
 * is timed from its scheduled start, which counts the time it waited for the client too.
 */
final class OpenLoad {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** One request: when it was due (ns after the start), how long it took, its status (0: no answer). */
    record Call(long dueNanos, long latencyNanos, int status) {

        boolean refused() {
            return status == 503 || status == 429;
        }
    }

    /** Everything measured at one rate. */
    record Result(int rate, Duration duration, List<Call> calls) {

        /** Failures: no answer, or any 4xx or 5xx other than a refusal. */
        int errors() {
            return (int) calls.stream().filter(c -> !c.refused() && (c.status() < 200 || c.status() >= 400)).count();
        }

        /** Requests the system refused at once as over its capacity (503, or 429). */
        int refused() {
            return (int) calls.stream().filter(Call::refused).count();
        }

        /** The latency percentile of the requests the system admitted. */
        double admittedPercentileMillis(double p) {
            var admitted = calls.stream().filter(c -> !c.refused()).map(c -> c.latencyNanos() / 1e6).toList();
            return admitted.isEmpty() ? 0 : percentile(admitted, p);
        }

        /** The latency percentile of the refusals: how soon a refused client hears so. */
        double refusedPercentileMillis(double p) {
            var refusals = calls.stream().filter(Call::refused).map(c -> c.latencyNanos() / 1e6).toList();
            return refusals.isEmpty() ? 0 : percentile(refusals, p);
        }

        double achievedPerSecond() {
            return calls.size() / (duration.toNanos() / 1e9);
        }

        double percentileMillis(double p) {
            return percentile(calls.stream().map(c -> c.latencyNanos() / 1e6).toList(), p);
        }

        /** p-th percentile of the latencies of the calls due in each second. */
        List<Double> perSecondMillis(double p) {
            int seconds = (int) Math.max(1, duration.toSeconds());
            List<List<Double>> buckets = new ArrayList<>();
            for (int s = 0; s < seconds; s++) {
                buckets.add(new ArrayList<>());
            }
            calls.forEach(c -> buckets.get((int) Math.min(seconds - 1, c.dueNanos() / 1_000_000_000L))
                    .add(c.latencyNanos() / 1e6));
            return buckets.stream().map(b -> b.isEmpty() ? 0 : percentile(b, p)).toList();
        }

        /** Answers completed in each second of the run. */
        List<Double> throughputPerSecond() {
            int seconds = (int) Math.max(1, duration.toSeconds());
            double[] counts = new double[seconds + 30];
            calls.forEach(c -> counts[(int) Math.min(counts.length - 1, (c.dueNanos() + c.latencyNanos()) / 1_000_000_000L)]++);
            List<Double> perSecond = new ArrayList<>();
            for (int s = 0; s < seconds; s++) {
                perSecond.add(counts[s]);
            }
            return perSecond;
        }
    }

    private OpenLoad() {
    }

    /** Sends {@code request(i)} for i = 0, 1, ... at {@code rate} per second for {@code duration}. */
    static Result run(HttpClient http, int rate, Duration duration, IntFunction<HttpRequest> request)
            throws InterruptedException {
        int count = (int) (rate * duration.toSeconds());
        var calls = new ConcurrentLinkedQueue<Call>();
        var done = new CountDownLatch(count);
        long start = System.nanoTime();
        long period = 1_000_000_000L / rate;
        for (int i = 0; i < count; i++) {
            long due = i * period;
            long wait = start + due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
            // an answer that never comes counts as an error after the timeout, so a run always ends
            HttpRequest next = HttpRequest.newBuilder(request.apply(i), (name, value) -> true).timeout(TIMEOUT).build();
            http.sendAsync(next, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                calls.add(new Call(due, System.nanoTime() - start - due, failure == null ? response.statusCode() : 0));
                done.countDown();
            });
        }
        done.await();
        return new Result(rate, duration, List.copyOf(calls));
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }
}
