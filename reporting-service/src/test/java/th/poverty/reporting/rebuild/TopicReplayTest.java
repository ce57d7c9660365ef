package th.poverty.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import th.poverty.reporting.rebuild.TopicReplay.Range;

/** The replay shares the topics' offsets evenly among its workers, whatever the partitions. */
class TopicReplayTest {

    private static final TopicPartition P0 = new TopicPartition("household.events", 0);
    private static final TopicPartition P1 = new TopicPartition("household.events", 1);
    private static final TopicPartition P2 = new TopicPartition("household.events", 2);

    @Test
    void threePartitionsAreSharedEquallyByTwoWorkers() {
        var shares = TopicReplay.split(List.of(new Range(P0, 0, 100), new Range(P1, 0, 100), new Range(P2, 0, 100)), 2);

        assertThat(shares).containsExactly(
                List.of(new Range(P0, 0, 100), new Range(P1, 0, 50)),
                List.of(new Range(P1, 50, 100), new Range(P2, 0, 100)));
    }

    @Test
    void everyOffsetIsReadOnceWhateverTheSplit() {
        var ranges = List.of(new Range(P0, 7, 10), new Range(P1, 3, 1_000), new Range(P2, 0, 1));
        for (int workers = 1; workers <= 5; workers++) {
            var shares = TopicReplay.split(ranges, workers);

            assertThat(shares).hasSizeLessThanOrEqualTo(workers);
            assertThat(shares.stream().flatMap(List::stream).mapToLong(r -> r.to() - r.from()).sum()).isEqualTo(1_001);
            for (TopicPartition partition : List.of(P0, P1, P2)) {
                var pieces = shares.stream().flatMap(List::stream).filter(r -> r.partition().equals(partition)).toList();
                for (int i = 1; i < pieces.size(); i++) {
                    assertThat(pieces.get(i).from()).isEqualTo(pieces.get(i - 1).to());
                }
            }
        }
    }

    @Test
    void nothingToReadIsNoShare() {
        assertThat(TopicReplay.split(List.of(), 2)).isEmpty();
    }
}
