package th.poverty.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aPortIsHandedOutOnceEvenWhenTheKernelOffersItAgain() {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            assertThat(ports.add(Ports.free())).as("port %d handed out twice", i).isTrue();
        }
    }
}
