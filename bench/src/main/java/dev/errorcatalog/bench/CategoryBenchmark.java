package dev.errorcatalog.bench;

import dev.errorcatalog.bench.big.BigCategory;
import dev.errorcatalog.bench.big.BigError;
import dev.errorcatalog.bench.big.BigErrors;
import dev.errorcatalog.upstream.ApiCategory;
import dev.errorcatalog.upstream.ApiError;
import dev.errorcatalog.upstream.ApiErrors;
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
 * {@code XxxErrors.categoryOf(int)} on a mix of declared codes, undeclared codes inside a range and
 * codes in no range, against what a user would write with the category enum alone: scan
 * {@code values()} for the narrowest range that holds the code.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CategoryBenchmark {

    @State(Scope.Thread)
    public static class Inputs {
        int[] upstream;
        int[] big;
        int i;

        @Setup
        public void setUp() {
            upstream = Codes.mixed(ApiErrors.all(), ApiError::code);
            big = Codes.mixed(BigErrors.all(), BigError::code);
        }
    }

    @Benchmark
    public Optional<ApiCategory> upstream_categoryOf(Inputs s) {
        return ApiErrors.categoryOf(s.upstream[s.i++ & Codes.MASK]);
    }

    @Benchmark
    public Optional<ApiCategory> upstream_valuesScan(Inputs s) {
        int code = s.upstream[s.i++ & Codes.MASK];
        ApiCategory best = null;
        for (ApiCategory category : ApiCategory.values()) {
            if (category.contains(code) && (best == null || category.last() - category.first() < best.last() - best.first())) {
                best = category;
            }
        }
        return Optional.ofNullable(best);
    }

    @Benchmark
    public Optional<BigCategory> big10k_categoryOf(Inputs s) {
        return BigErrors.categoryOf(s.big[s.i++ & Codes.MASK]);
    }

    @Benchmark
    public Optional<BigCategory> big10k_valuesScan(Inputs s) {
        int code = s.big[s.i++ & Codes.MASK];
        BigCategory best = null;
        for (BigCategory category : BigCategory.values()) {
            if (category.contains(code) && (best == null || category.last() - category.first() < best.last() - best.first())) {
                best = category;
            }
        }
        return Optional.ofNullable(best);
    }
}
