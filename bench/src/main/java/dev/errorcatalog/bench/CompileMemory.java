package dev.errorcatalog.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What memory a whole {@code javac} process needs to compile a catalog: for each size (default
 * 1,000, 10,000 and 50,000 codes, in categories of at most 2,500, {@link GenerateCatalog#flat}) and
 * each number of locales (default 1 and 4; every locale but the first in a properties file), one
 * {@code javac} process with the shaded processor on the processor path, as a cold one-shot build
 * runs it. It prints the peak resident set size (RSS) of that process at javac's default heap
 * (a quarter of the machine's memory), and the smallest {@code -J-Xmx} of {@code --heaps} with which
 * it still compiles, found by bisection (a run counts as failed when javac dies of
 * {@code OutOfMemoryError} or takes more than {@code --timeout-factor} times the default-heap run,
 * which a heap too small for the work does by collecting without end).
 *
 * <p>The peak RSS comes from {@code /usr/bin/time -v} ("Maximum resident set size") where it exists,
 * else from polling the child's {@code VmHWM} in {@code /proc/PID/status} every 10 ms (its high-water
 * mark, so at most the last 10 ms of growth are missed).
 *
 * <pre>
 * ./mvnw -B -q -o -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.errorcatalog.bench.CompileMemory [--codes 1000,10000,50000] [--locales 1,4]
 *     [--heaps 32,48,64,96,128,192,256,384,512,768,1024,1536,2048] [--bisect 1000,10000,50000] [--timeout-factor 4]
 *     [--no-default-heap]   (bisection only, without a time limit)
 * </pre>
 */
public final class CompileMemory {
    private static final String JAVAC = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
    private static final Path TIME = Path.of("/usr/bin/time");
    private static final String PROCESSOR = "dev.errorcatalog.processor.ErrorCatalogProcessor";
    private static final List<String> LOCALES = List.of("en", "de", "fr", "ja");
    private static final int PER_CATEGORY = 2_500;
    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    /** One javac process: did it compile, its peak RSS in KiB, its wall time in ms, and its output when it failed. */
    record Run(boolean compiled, long peakKib, long millis, String failure) {}

    private final Path work;
    private final String processorJar;
    private final double timeoutFactor;
    /** Whether to compile at javac's default heap first; without it the bisection has no time limit. */
    private final boolean defaultHeap;

    private CompileMemory(Path work, String processorJar, double timeoutFactor, boolean defaultHeap) {
        this.defaultHeap = defaultHeap;
        this.work = work;
        this.processorJar = processorJar;
        this.timeoutFactor = timeoutFactor;
    }

    public static void main(String[] args) throws Exception {
        int[] codes = {1_000, 10_000, 50_000};
        int[] locales = {1, 4};
        int[] heaps = {32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048};
        int[] bisect = null;
        double timeoutFactor = 4;
        boolean defaultHeap = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--codes" -> codes = ints(args[++i]);
                case "--locales" -> locales = ints(args[++i]);
                case "--heaps" -> heaps = ints(args[++i]);
                case "--bisect" -> bisect = ints(args[++i]);
                case "--timeout-factor" -> timeoutFactor = Double.parseDouble(args[++i]);
                case "--no-default-heap" -> defaultHeap = false;
                default -> {
                    System.err.println("usage: CompileMemory [--codes N,N] [--locales N,N] [--heaps MB,MB] [--bisect N,N] [--timeout-factor F] [--no-default-heap]");
                    System.exit(2);
                }
            }
        }
        Arrays.sort(heaps);
        if (bisect == null) {
            bisect = codes;
        }
        String processorJar = BuildTime.findProcessorJar();
        Path work = Files.createTempDirectory("errorcatalog-memory");
        try {
            CompileMemory harness = new CompileMemory(work, processorJar, timeoutFactor, defaultHeap);
            System.out.printf(Locale.ROOT, "processor: %s%n%s %s, %d cores, %,d MB of memory; peak RSS from %s%n", processorJar,
                    System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                    Runtime.getRuntime().availableProcessors(), totalMemoryMb(),
                    Files.isExecutable(TIME) ? "/usr/bin/time -v" : "/proc/PID/status VmHWM");
            List<String> rows = new ArrayList<>();
            for (int n : codes) {
                for (int l : locales) {
                    rows.add(harness.measure(n, l, contains(bisect, n) ? heaps : new int[0]));
                }
            }
            System.out.printf(Locale.ROOT, "%n%8s %8s %14s %10s %12s %16s%n", "codes", "locales", "RSS (default)", "wall", "min -Xmx",
                    "RSS at min -Xmx");
            rows.forEach(System.out::println);
        } finally {
            BuildTime.delete(work);
        }
    }

    /** The result row of one catalog: RSS at the default heap, then the smallest heap that compiles it. */
    private String measure(int n, int localeCount, int[] heaps) throws IOException, InterruptedException {
        Path dir = write(work.resolve(n + "-" + localeCount), GenerateCatalog.flat(n, PER_CATEGORY), LOCALES.subList(0, localeCount));
        Run free = defaultHeap ? run(dir, null, Long.MAX_VALUE) : new Run(true, 0, 0, "");
        if (!free.compiled()) {
            throw new IllegalStateException(n + " codes, default heap: javac failed:\n" + free.failure());
        }
        if (defaultHeap) {
            System.out.printf(Locale.ROOT, "%,d codes, %d locale(s), default heap: peak RSS %,d MB, %,d ms%n", n, localeCount,
                    free.peakKib() / 1024, free.millis());
        }
        long timeout = defaultHeap ? (long) (free.millis() * timeoutFactor) : Long.MAX_VALUE;
        // Bisection over the sorted heaps: the smallest that compiles, assuming more heap never hurts.
        int low = -1;
        int high = heaps.length;
        Run atHigh = null;
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            Run tried = run(dir, heaps[middle], timeout);
            System.out.printf(Locale.ROOT, "  -J-Xmx%dm: %s, peak RSS %,d MB, %,d ms%n", heaps[middle],
                    tried.compiled() ? "compiles" : "fails (" + tried.failure() + ")", tried.peakKib() / 1024, tried.millis());
            if (tried.compiled()) {
                high = middle;
                atHigh = tried;
            } else {
                low = middle;
            }
        }
        String minimum = heaps.length == 0 ? "not sought" : atHigh == null ? "> " + heaps[heaps.length - 1] + " MB" : heaps[high] + " MB";
        String rssAtMinimum = atHigh == null ? "" : String.format(Locale.ROOT, "%,d MB", atHigh.peakKib() / 1024);
        return String.format(Locale.ROOT, "%8s %8d %11s MB %8.1f s %12s %16s", String.format(Locale.ROOT, "%,d", n), localeCount,
                String.format(Locale.ROOT, "%,d", free.peakKib() / 1024), free.millis() / 1000.0, minimum, rssAtMinimum);
    }

    /** The catalog, its package-info and, past the first locale, one properties file per locale. */
    private static Path write(Path dir, List<GenerateCatalog.Category> layout, List<String> locales) throws IOException {
        Path resources = dir.resolve("resources");
        Files.createDirectories(resources);
        Files.writeString(resources.resolve("big.yaml"), GenerateCatalog.yaml("Big", layout, locales));
        for (String locale : locales.subList(1, locales.size())) {
            Files.writeString(resources.resolve(GenerateCatalog.translationFile(locale)), GenerateCatalog.translations(layout, locale));
        }
        Path sources = dir.resolve("src/bench/gen");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("package-info.java"), "@dev.errorcatalog.ErrorCatalog(\"big.yaml\")\npackage bench.gen;\n");
        return dir;
    }

    /** One cold javac process with the processor, {@code -J-Xmx<heapMb>m} unless null; killed after {@code timeoutMillis}. */
    private Run run(Path dir, Integer heapMb, long timeoutMillis) throws IOException, InterruptedException {
        Path classes = Files.createTempDirectory(work, "classes");
        Path generated = Files.createTempDirectory(work, "generated");
        Path log = work.resolve("javac.log");
        List<String> command = new ArrayList<>();
        boolean timed = Files.isExecutable(TIME);
        if (timed) {
            command.addAll(List.of(TIME.toString(), "-v"));
        }
        command.add(JAVAC);
        if (heapMb != null) {
            command.add("-J-Xmx" + heapMb + "m");
        }
        command.addAll(List.of("--release", "17", "-encoding", "UTF-8", "-processorpath", processorJar, "-processor", PROCESSOR,
                "-classpath", processorJar, "-Aerrorcatalog.dir=" + dir.resolve("resources"), "-d", classes.toString(),
                "-s", generated.toString(), dir.resolve("src/bench/gen/package-info.java").toString()));
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long polledKib = 0;
            boolean finished = false;
            long deadline = timeoutMillis == Long.MAX_VALUE ? Long.MAX_VALUE : start + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (!finished && System.nanoTime() < deadline) {
                if (!timed) {
                    polledKib = Math.max(polledKib, vmHwmKib(process.pid()));
                }
                finished = process.waitFor(10, TimeUnit.MILLISECONDS);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (!finished) {
                // javac is a child of /usr/bin/time when that measures: end both
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                return new Run(false, polledKib, millis, "no result after " + timeoutMillis + " ms");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Matcher rss = MAX_RSS.matcher(output);
            long peakKib = timed && rss.find() ? Long.parseLong(rss.group(1)) : polledKib;
            int exit = process.exitValue();
            if (exit == 0) {
                return new Run(true, peakKib, millis, "");
            }
            if (output.contains("OutOfMemoryError")) {
                return new Run(false, peakKib, millis, "OutOfMemoryError");
            }
            throw new IllegalStateException("javac failed (" + exit + ") other than for memory:\n" + output);
        } finally {
            BuildTime.delete(classes);
            BuildTime.delete(generated);
        }
    }

    /** The high-water mark of a running process's resident set, or 0 once it is gone. */
    private static long vmHwmKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two polls: its last reading stands
        }
        return 0;
    }

    private static long totalMemoryMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.US_ASCII)) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return 0;
    }

    private static int[] ints(String list) {
        return Arrays.stream(list.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    }

    private static boolean contains(int[] values, int value) {
        return Arrays.stream(values).anyMatch(v -> v == value);
    }
}
