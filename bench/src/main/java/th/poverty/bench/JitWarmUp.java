package th.poverty.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import th.poverty.testing.ServiceProcess;

/**
 * Runs a service's load until its JIT compilers are quiet. At the benchmarks' rates a service's
 * compiler stays busy for minutes, and on two cores it competes with what is measured, which is
 * a steady state: a service that has run for days compiled its hot code long ago.
 */
final class JitWarmUp {

    /** A round counts as quiet when no service's compiler threads used more of it than this. */
    static final double QUIET_SHARE = 0.03;
    /** Quiet rounds in a row that end the warm-up: the compilers' work comes in bursts. */
    static final int QUIET_ROUNDS = 2;
    private static final int ROUND_SECONDS = 15;

    /** Load for the given number of seconds. */
    interface Load {
        void run(int seconds) throws Exception;
    }

    private JitWarmUp() {
    }

    /**
     * Runs {@code load} for {@code minSeconds}, then on in rounds until every service's compiler
     * used under {@value #QUIET_SHARE} of {@value #QUIET_ROUNDS} rounds in a row, or
     * {@code maxSeconds} in all passed.
     *
     * @return how long the warm-up took, in seconds
     */
    static double until(List<ServiceProcess> services, Load load, int minSeconds, int maxSeconds) throws Exception {
        long began = System.nanoTime();
        load.run(minSeconds);
        int quietRounds = 0;
        while ((System.nanoTime() - began) / 1_000_000_000L + ROUND_SECONDS <= maxSeconds) {
            List<Duration> before = services.stream().map(s -> CpuTime.ofJitCompiler(s.pid())).toList();
            load.run(ROUND_SECONDS);
            List<String> shares = new ArrayList<>();
            boolean quiet = true;
            for (int i = 0; i < services.size(); i++) {
                double share = CpuTime.ofJitCompiler(services.get(i).pid()).minus(before.get(i)).toMillis() / 1000.0 / ROUND_SECONDS;
                quiet &= share < QUIET_SHARE;
                shares.add("%s %.1f %%".formatted(services.get(i).name(), share * 100));
            }
            System.out.println("  warm-up round, JIT compilers: " + String.join(", ", shares));
            quietRounds = quiet ? quietRounds + 1 : 0;
            if (quietRounds == QUIET_ROUNDS) {
                break;
            }
        }
        return (System.nanoTime() - began) / 1e9;
    }
}
