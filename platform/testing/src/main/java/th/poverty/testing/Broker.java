package th.poverty.testing;

/** A Kafka broker the tests use: a KRaft child JVM, or a container where Docker runs. */
public interface Broker extends AutoCloseable {

    String bootstrapServers();

    /** Stops the broker; its log survives. */
    void stop();

    /** Starts it again on the same address. */
    void start();

    @Override
    default void close() {
        stop();
    }
}
