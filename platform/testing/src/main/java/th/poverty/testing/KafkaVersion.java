package th.poverty.testing;

import org.apache.kafka.common.utils.AppInfoParser;

/** The Kafka client version on the classpath: the broker the tests start matches it. */
final class KafkaVersion {

    static final String CLIENTS = AppInfoParser.getVersion();

    private KafkaVersion() {
    }
}
