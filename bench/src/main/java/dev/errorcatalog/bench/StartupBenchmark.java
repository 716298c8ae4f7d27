package dev.errorcatalog.bench;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Class loading and initialisation of a registry, each time in a fresh class loader (so the
 * generated classes are loaded, verified and initialised from scratch, their initialisers run in
 * the interpreter): {@code XxxErrors} (which initialises every category enum, their data and the
 * lookup table) against a {@code HashMap<Integer, E>} filled from the same enums' {@code values()}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 40)
@Fork(1)
@State(Scope.Thread)
public class StartupBenchmark {
    private static final URL BENCH = StartupBenchmark.class.getProtectionDomain().getCodeSource().getLocation();
    private static final URL UPSTREAM = dev.errorcatalog.upstream.ApiErrors.class.getProtectionDomain().getCodeSource().getLocation();

    private URLClassLoader loader;

    @Setup(Level.Iteration)
    public void freshLoader() {
        loader = new URLClassLoader(new URL[] {BENCH, UPSTREAM}, ClassLoader.getPlatformClassLoader());
    }

    @TearDown(Level.Iteration)
    public void close() throws Exception {
        loader.close();
    }

    @Benchmark
    public Class<?> big10k_registry() throws ClassNotFoundException {
        return Class.forName("dev.errorcatalog.bench.big.BigErrors", true, loader);
    }

    @Benchmark
    public Class<?> big10k_enumsAndHashMap() throws ClassNotFoundException {
        return Class.forName("dev.errorcatalog.bench.big.BigBaselines$ByHashMap", true, loader);
    }

    @Benchmark
    public Class<?> upstream_registry() throws ClassNotFoundException {
        return Class.forName("dev.errorcatalog.upstream.ApiErrors", true, loader);
    }

    @Benchmark
    public Class<?> upstream_enumsAndHashMap() throws ClassNotFoundException {
        return Class.forName("dev.errorcatalog.bench.upstream.UpstreamBaselines$ByHashMap", true, loader);
    }
}
