package dev.errorcatalog.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What the processor adds to a build. For catalogs of 100, 1,000 and 10,000 codes (see
 * {@link GenerateCatalog#layout}) it compiles, in one JVM with javac in-process, alternating the
 * order every round:
 * <ol>
 * <li><b>processor</b>: {@code package-info.java} with {@code @ErrorCatalog}, the shaded processor
 *     jar on the processor path: reads the YAML, validates, generates and compiles everything;
 * <li><b>floor</b>: the sources the processor generated, alone, with {@code -proc:none} (what
 *     compiling the same code costs without any processor);
 * <li><b>jboss</b>: jboss-logging-processor on one {@code @MessageBundle} interface per category
 *     with the same codes as {@code @Message(id = ...)} exception methods;
 * <li><b>floor+apt</b>: the generated sources again, with a processor that does nothing
 *     ({@link NoopProcessor}): what javac itself charges for annotation processing on these
 *     sources, which no processor can avoid. processor ÷ floor+apt is our processor's own share.
 * </ol>
 * After warm-up rounds it prints the median wall time of each, the ratios, the same ratios in CPU
 * time (the whole JVM: the JIT compilers a cold processor keeps busy count too) and issue 13's target
 * for processor ÷ jboss. Then {@link WholeProcessTime} compiles the upstream catalog as separate
 * javac processes, cold like a one-shot build, against its output alone. Absolute times on a shared
 * machine are noise; the ratios, measured in the same run, are the result.
 *
 * <pre>
 * ./mvnw -B -q -o -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.errorcatalog.bench.BuildTime [--sizes 100,1000,10000]
 *     [--warmup 3] [--rounds 7] [--process-rounds 7] [--processor processor/target/error-catalog-processor-VERSION.jar]
 * </pre>
 */
public final class BuildTime {
    private static final String OUR_PROCESSOR = "dev.errorcatalog.processor.ErrorCatalogProcessor";
    private static final List<String> VARIANTS = List.of("processor", "floor", "jboss", "floor+apt");
    private static final String JBOSS_PROCESSOR = "org.jboss.logging.processor.apt.LoggingToolsProcessor";

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    /** CPU time of the whole JVM: the compiling thread and the JIT and GC threads that a cold processor keeps busy. */
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Path work;
    private final String processorJar;
    private final String jbossPath;
    /** Where {@link NoopProcessor} is loaded from (benchmarks.jar or target/classes). */
    private final String benchPath;
    /** Variants to run (all three by default; fewer only for profiling one of them). */
    private final Set<String> only;

    private BuildTime(Path work, String processorJar, String jbossPath, Set<String> only) {
        this.work = work;
        this.only = only;
        this.processorJar = processorJar;
        this.jbossPath = jbossPath;
        try {
            this.benchPath = pathOf(NoopProcessor.class.getName());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(100, 1_000, 10_000);
        int warmup = 3;
        int rounds = 7;
        int processRounds = 7;
        String processor = null;
        Set<String> only = Set.copyOf(VARIANTS);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(String::trim).map(Integer::valueOf).toList();
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--processor" -> processor = args[++i];
                case "--process-rounds" -> processRounds = Integer.parseInt(args[++i]);
                case "--only" -> only = Set.of(args[++i].split(","));
                default -> {
                    System.err.println("unknown argument " + args[i]
                            + "; usage: BuildTime [--sizes 100,1000,10000] [--warmup N] [--rounds N] [--processor JAR]"
                            + " [--only processor,floor,jboss,floor+apt] [--process-rounds N (0: skip the javac-process part)]");
                    System.exit(2);
                }
            }
        }
        String processorJar = processor != null ? processor : findProcessorJar();
        String jbossPath = pathOf(JBOSS_PROCESSOR, "org.jboss.jdeparser.JDeparser",
                "org.jboss.logging.annotations.MessageBundle", "org.jboss.logging.Logger");
        Path work = Files.createTempDirectory("errorcatalog-buildtime");
        System.out.printf(Locale.ROOT, "javac in-process, %s %s, %d cores; %d warm-up + %d measured rounds per size%n",
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                Runtime.getRuntime().availableProcessors(), warmup, rounds);
        System.out.println("processor: " + processorJar);
        System.out.println("jboss-logging-processor from: " + jbossPath);
        try {
            BuildTime harness = new BuildTime(work, processorJar, jbossPath, only);
            List<String> lines = new ArrayList<>();
            for (int size : sizes) {
                lines.add(harness.measure(size, warmup, rounds));
            }
            String upstream = processRounds > 0 ? new WholeProcessTime(work, processorJar).measure(1, processRounds) : null;
            System.out.println();
            System.out.println("javac in-process, median wall time per compilation; the last two columns are the same ratios in CPU time"
                    + " (every thread of this JVM: javac, JIT compilers, GC)");
            System.out.printf(Locale.ROOT, "%8s %12s %12s %12s %12s %16s %16s %16s %12s %12s  %s%n", "codes", "processor", "floor", "jboss",
                    "floor+apt", "processor/floor", "processor/jboss", "proc/floor+apt", "cpu p/floor", "cpu p/jboss", "target p/jboss");
            lines.forEach(System.out::println);
            if (upstream != null) {
                System.out.println();
                System.out.println("upstream catalog, one javac process per compilation (processor vs its output alone, -proc:none):");
                System.out.println(WholeProcessTime.header());
                System.out.println(upstream);
            }
        } finally {
            delete(work);
        }
    }

    private String measure(int size, int warmup, int rounds) throws IOException {
        List<GenerateCatalog.Category> layout = GenerateCatalog.layout(size);
        Path dir = work.resolve("n" + size);
        Path catalogDir = dir.resolve("catalog");
        Files.createDirectories(catalogDir);
        Files.writeString(catalogDir.resolve("big.yaml"), GenerateCatalog.yaml("Big", layout));
        Path ecSources = dir.resolve("ec-src/bench/gen");
        Files.createDirectories(ecSources);
        Files.writeString(ecSources.resolve("package-info.java"),
                "@dev.errorcatalog.ErrorCatalog(\"big.yaml\")\npackage bench.gen;\n");
        Path jbossSources = dir.resolve("jboss-src/bench/jboss");
        Files.createDirectories(jbossSources);
        for (Map.Entry<String, String> source : GenerateCatalog.jbossBundles("bench.jboss", layout).entrySet()) {
            Files.writeString(jbossSources.resolve(source.getKey()), source.getValue());
        }

        // once, to get the generated sources that the floor compiles
        Path generated = dir.resolve("generated");
        Files.createDirectories(generated);
        withProcessor(dir, catalogDir, ecSources, generated);
        List<File> generatedSources = javaFiles(generated);

        int variants = VARIANTS.size();
        long[][] times = new long[variants][rounds];
        long[][] cpu = new long[variants][rounds];
        for (int round = 0; round < warmup + rounds; round++) {
            for (int k = 0; k < variants; k++) {
                int variant = (round + k) % variants;
                if (!only.contains(VARIANTS.get(variant))) {
                    continue;
                }
                System.gc();
                long cpuStart = CPU.getProcessCpuTime();
                long start = System.nanoTime();
                switch (variant) {
                    case 0 -> withProcessor(dir, catalogDir, ecSources, null);
                    case 1 -> compile(dir, generatedSources, List.of("-proc:none"));
                    case 3 -> compile(dir, generatedSources, List.of("-processorpath", benchPath, "-processor",
                            NoopProcessor.class.getName()));
                    default -> compile(dir, javaFiles(jbossSources), List.of("-processorpath", jbossPath,
                            "-processor", JBOSS_PROCESSOR, "-classpath", jbossPath));
                }
                long elapsed = System.nanoTime() - start;
                long cpuUsed = CPU.getProcessCpuTime() - cpuStart;
                if (round >= warmup) {
                    times[variant][round - warmup] = elapsed;
                    cpu[variant][round - warmup] = cpuUsed;
                }
            }
            System.out.printf(Locale.ROOT, "  %,d codes: %s %d/%d%n", size, round < warmup ? "warm-up" : "round",
                    round < warmup ? round + 1 : round - warmup + 1, round < warmup ? warmup : rounds);
        }
        double processor = median(times[0]);
        double floor = median(times[1]);
        double jboss = median(times[2]);
        double floorApt = median(times[3]);
        double processorCpu = median(cpu[0]);
        return String.format(Locale.ROOT, "%,8d %10.0fms %10.0fms %10.0fms %10.0fms %16.2f %16.2f %16.2f %12.2f %12.2f  %s", size, processor,
                floor, jboss, floorApt, processor / floor, processor / jboss, processor / floorApt,
                processorCpu / median(cpu[1]), processorCpu / median(cpu[2]), verdict(processor / jboss, jbossTarget(size)));
    }

    /** Issue 13's targets for processor ÷ jboss-logging-processor: 1.0 up to 1,000 codes, 0.8 at 10,000 (none in between). */
    static double jbossTarget(int size) {
        return size <= 1_000 ? 1.0 : size == 10_000 ? 0.8 : Double.NaN;
    }

    static String verdict(double ratio, double target) {
        if (Double.isNaN(target)) {
            return "-";
        }
        return String.format(Locale.ROOT, "<= %.2f %s", target, ratio <= target ? "met" : "NOT met");
    }

    private void withProcessor(Path dir, Path catalogDir, Path sources, Path generatedOut) throws IOException {
        List<String> options = new ArrayList<>(List.of("-processorpath", processorJar, "-processor", OUR_PROCESSOR,
                "-classpath", processorJar, "-Aerrorcatalog.dir=" + catalogDir));
        Path out = generatedOut;
        if (out == null) {
            out = Files.createTempDirectory(dir, "gen");
        }
        options.add("-s");
        options.add(out.toString());
        try {
            compile(dir, javaFiles(sources), options);
        } finally {
            if (generatedOut == null) {
                delete(out);
            }
        }
    }

    /** One javac run in a fresh file manager, writing classes to a fresh directory. */
    static void compile(Path dir, List<File> sources, List<String> extraOptions) throws IOException {
        Path classes = Files.createTempDirectory(dir, "classes");
        try {
            compileInto(classes, sources, extraOptions);
        } finally {
            delete(classes);
        }
    }

    /** One javac run in a fresh file manager, writing classes (and resources the processors write) to {@code classes}. */
    static void compileInto(Path classes, List<File> sources, List<String> extraOptions) throws IOException {
        List<String> options = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-d", classes.toString()));
        options.addAll(extraOptions);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = JAVAC.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean ok = JAVAC.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(sources)).call();
            if (!ok) {
                diagnostics.getDiagnostics().stream().limit(20).forEach(d -> System.err.println(d));
                throw new IllegalStateException("compilation failed: " + options);
            }
        }
    }

    static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double middle = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        return middle / 1e6;
    }

    static List<File> javaFiles(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(".java")).sorted().map(Path::toFile).toList();
        }
    }

    /** The shaded processor jar under processor/target (run from the repository root or bench/). */
    static String findProcessorJar() throws IOException {
        for (Path target : List.of(Path.of("processor/target"), Path.of("../processor/target"))) {
            if (Files.isDirectory(target)) {
                try (Stream<Path> jars = Files.list(target)) {
                    List<Path> found = jars.filter(p -> {
                        String name = p.getFileName().toString();
                        return name.startsWith("error-catalog-processor-") && name.endsWith(".jar")
                                && !name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar");
                    }).sorted(Comparator.naturalOrder()).toList();
                    if (!found.isEmpty()) {
                        return found.get(0).toAbsolutePath().toString();
                    }
                }
            }
        }
        throw new IllegalStateException("no processor/target/error-catalog-processor-*.jar: build it first "
                + "(./mvnw -B -q -o -pl bench -am package -DskipTests) or pass --processor JAR");
    }

    /** The class path entries (jars or directories) these classes are loaded from. */
    private static String pathOf(String... classNames) throws ClassNotFoundException, URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (String className : classNames) {
            Class<?> type = Class.forName(className, false, BuildTime.class.getClassLoader());
            entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
