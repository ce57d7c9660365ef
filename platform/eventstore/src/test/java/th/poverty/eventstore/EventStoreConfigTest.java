package th.poverty.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventStoreConfigTest {

    @Test
    void aRecordHoldsTheLargestEventWithItsHeaders() {
        // deploy/kubernetes's topics declare max.message.bytes: 327680 (KafkaPolicyTest): change both together
        assertThat(EventStoreConfig.recordLimit(256 * 1024)).isEqualTo(327_680);
    }
}
