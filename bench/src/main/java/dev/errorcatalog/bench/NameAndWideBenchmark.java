package dev.errorcatalog.bench;

import dev.errorcatalog.bench.big.BigError;
import dev.errorcatalog.bench.big.BigErrors;
import dev.errorcatalog.bench.wide.WideError;
import dev.errorcatalog.bench.wide.WideErrors;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Version 2 lookups: {@code find(int)} over codes of any sign ({@code Wide}: 4,000 codes over the
 * whole {@code int} range, {@code Integer.MIN_VALUE}, -1, 0 and {@code Integer.MAX_VALUE} among them)
 * against a {@code HashMap<Integer, E>} (which boxes, and {@code Integer.valueOf} caches only
 * -128..127), and {@code find(String)} by name on the 10,000-code {@code Big} against a
 * {@code HashMap<String, E>}. Inputs cycle through 4,096 declared codes or names in a fixed
 * random order. Run with {@code -prof gc} for bytes per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NameAndWideBenchmark {

    @State(Scope.Thread)
    public static class Wide {
        final Map<Integer, WideError> map = new HashMap<>();
        int[] codes;
        int i;

        @Setup
        public void setUp() {
            for (WideError error : WideErrors.all()) {
                map.put(error.code(), error);
            }
            codes = Codes.declared(WideErrors.all(), WideError::code);
            // the extremes, always in the mix
            codes[0] = Integer.MIN_VALUE;
            codes[1] = -1;
            codes[2] = 0;
            codes[3] = Integer.MAX_VALUE;
        }

        int next() {
            return codes[i++ & Codes.MASK];
        }
    }

    @State(Scope.Thread)
    public static class Names {
        final Map<String, BigError> map = new HashMap<>();
        final String[] names = new String[Codes.COUNT];
        int i;

        @Setup
        public void setUp() {
            for (BigError error : BigErrors.all()) {
                map.put(error.name(), error);
            }
            Random random = new Random(42);
            for (int n = 0; n < Codes.COUNT; n++) {
                // a fresh String each, as a name parsed from a request would be (its hash is computed once)
                names[n] = new String(BigErrors.all().get(random.nextInt(BigErrors.all().size())).name());
            }
        }

        String next() {
            return names[i++ & Codes.MASK];
        }
    }

    @Benchmark
    public Optional<WideError> wide_find(Wide s) {
        return WideErrors.find(s.next());
    }

    @Benchmark
    public WideError wide_hashMap(Wide s) {
        return s.map.get(s.next());
    }

    @Benchmark
    public Optional<BigError> big10k_findName(Names s) {
        return BigErrors.find(s.next());
    }

    @Benchmark
    public BigError big10k_hashMapName(Names s) {
        return s.map.get(s.next());
    }
}
