package th.poverty.bench;

import java.time.Duration;

import th.poverty.testing.KafkaBroker;

/** Kafka's own ConsumerPerformance: the floor a service's consumption is measured beside. */
final class ConsumerPerformance {

    private ConsumerPerformance() {
    }

    /**
     * How fast it fetches {@code records} records of {@code topic}, in records a second. Its columns
     * are start, end, MB, MB/s, records, records/s, rebalance ms, fetch ms, fetch MB/s, fetch
     * records/s: the last leaves out joining the group, which for a short run would dominate.
     * {@code records} must be what a consumer receives (transaction markers count in the end
     * offsets but never arrive: asking for those would wait out the timeout).
     */
    static double recordsPerSecond(String bootstrapServers, String topic, long records) {
        String perf = KafkaBroker.runTool("org.apache.kafka.tools.ConsumerPerformance", Duration.ofMinutes(10),
                "--bootstrap-server", bootstrapServers, "--topic", topic, "--messages", Long.toString(records),
                "--timeout", "60000", "--hide-header");
        String[] columns = perf.strip().lines().reduce((a, b) -> b).orElseThrow().split(",\\s*");
        return Double.parseDouble(columns[9]);
    }
}
