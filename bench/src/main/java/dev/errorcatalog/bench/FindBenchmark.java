package dev.errorcatalog.bench;

import dev.errorcatalog.bench.big.BigBaselines;
import dev.errorcatalog.bench.big.BigError;
import dev.errorcatalog.bench.big.BigErrors;
import dev.errorcatalog.bench.upstream.UpstreamBaselines;
import dev.errorcatalog.upstream.ApiError;
import dev.errorcatalog.upstream.ApiErrors;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
 * {@code XxxErrors.find(int)} against what a user would write instead: a {@code HashMap<Integer, E>}
 * filled from the enums ({@code map.get(code)} boxes the code), a {@code switch} over every code,
 * and a linear scan of each enum's {@code values()}. Every call looks up a declared code, cycling
 * through 4,096 codes in a fixed random order. Run with {@code -prof gc} for bytes per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FindBenchmark {

    @State(Scope.Thread)
    public static class Upstream {
        final Map<Integer, ApiError> map = new HashMap<>();
        int[] codes;
        int i;

        @Setup
        public void setUp() {
            for (ApiError error : ApiErrors.all()) {
                map.put(error.code(), error);
            }
            codes = Codes.declared(ApiErrors.all(), ApiError::code);
        }

        int next() {
            return codes[i++ & Codes.MASK];
        }
    }

    @State(Scope.Thread)
    public static class Big {
        final Map<Integer, BigError> map = new HashMap<>();
        int[] codes;
        int i;

        @Setup
        public void setUp() {
            for (BigError error : BigErrors.all()) {
                map.put(error.code(), error);
            }
            codes = Codes.declared(BigErrors.all(), BigError::code);
        }

        int next() {
            return codes[i++ & Codes.MASK];
        }
    }

    /** The harness alone (next code, return it): subtract it to compare the lookups themselves. */
    @Benchmark
    public int baseline_nextCode(Upstream s) {
        return s.next();
    }

    @Benchmark
    public Optional<ApiError> upstream_find(Upstream s) {
        return ApiErrors.find(s.next());
    }

    @Benchmark
    public ApiError upstream_hashMap(Upstream s) {
        return s.map.get(s.next());
    }

    @Benchmark
    public ApiError upstream_switch(Upstream s) {
        return UpstreamBaselines.switchFind(s.next());
    }

    @Benchmark
    public ApiError upstream_valuesScan(Upstream s) {
        return UpstreamBaselines.valuesScan(s.next());
    }

    @Benchmark
    public Optional<BigError> big10k_find(Big s) {
        return BigErrors.find(s.next());
    }

    @Benchmark
    public BigError big10k_hashMap(Big s) {
        return s.map.get(s.next());
    }

    @Benchmark
    public BigError big10k_switch(Big s) {
        return BigBaselines.switchFind(s.next());
    }

    @Benchmark
    public BigError big10k_valuesScan(Big s) {
        return BigBaselines.valuesScan(s.next());
    }
}
