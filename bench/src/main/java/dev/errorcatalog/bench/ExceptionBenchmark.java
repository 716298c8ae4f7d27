package dev.errorcatalog.bench;

import dev.errorcatalog.bench.big.Part0Exception;
import dev.errorcatalog.upstream.SystemException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Creating a category exception through its factory against {@code new RuntimeException(msg)}
 * with the same message text. Both fill in the stack trace, which dominates; the factory adds the
 * code prefix and, with a placeholder, the formatting of the argument.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ExceptionBenchmark {
    /** Fields, not constants: javac would fold constant strings. */
    String message = "101001: Something wrong";
    String prefix = "100002: Problem 2 with ";
    String argument = "order-42";

    @Benchmark
    public RuntimeException factory() {
        return SystemException.somethingWrong();
    }

    @Benchmark
    public RuntimeException newRuntimeException() {
        return new RuntimeException(message);
    }

    @Benchmark
    public RuntimeException factoryWithArgument() {
        return Part0Exception.code100002(argument);
    }

    @Benchmark
    public RuntimeException newRuntimeExceptionConcatenated() {
        return new RuntimeException(prefix + argument);
    }
}
