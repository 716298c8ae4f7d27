package dev.errorcatalog.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The upstream catalog built as a build tool without a warm compiler would: one {@code javac}
 * <em>process</em> per compilation, JVM start-up and a cold javac included. It alternates
 * <b>processor</b> (the catalog's {@code package-info.java} with the processor) and <b>output
 * alone</b> (the sources the processor generated, {@code -proc:none}) and reports the median wall
 * time and the median CPU time (user + system of the child, read from {@code /proc/self/stat},
 * which counts every core javac's JIT and GC threads used).
 */
final class WholeProcessTime {
    private static final String JAVAC = Path.of(System.getProperty("java.home"), "bin", "javac").toString();

    private final Path work;
    private final String processorJar;

    WholeProcessTime(Path work, String processorJar) {
        this.work = work;
        this.processorJar = processorJar;
    }

    /** The repository's upstream catalog: {@code catalog/src/main/...}, run from the root or {@code bench/}. */
    static Path upstreamModule() {
        for (Path candidate : List.of(Path.of("catalog"), Path.of("../catalog"))) {
            if (Files.isRegularFile(candidate.resolve("src/main/resources/errors.yaml"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("run from the repository root or bench/: catalog/src/main/resources/errors.yaml not found");
    }

    /** Returns the result line: wall and CPU medians of both variants and their ratios. */
    String measure(int warmup, int rounds) throws IOException, InterruptedException {
        Path module = upstreamModule();
        Path packageInfo = module.resolve("src/main/java/dev/errorcatalog/upstream/package-info.java");
        Path dir = work.resolve("upstream-process");
        Path generated = dir.resolve("generated");
        Files.createDirectories(generated);
        List<String> withProcessor = List.of(JAVAC, "--release", "17", "-encoding", "UTF-8", "-processorpath", processorJar,
                "-classpath", processorJar, "-Aerrorcatalog.dir=" + module.resolve("src/main/resources"),
                "-Xpkginfo:nonempty", "-s", generated.toString(), packageInfo.toString());
        run(withProcessor, dir);
        List<String> alone = new ArrayList<>(List.of(JAVAC, "--release", "17", "-encoding", "UTF-8", "-proc:none"));
        BuildTime.javaFiles(generated).forEach(f -> alone.add(f.getPath()));
        long[][] wall = new long[2][rounds];
        long[][] cpu = new long[2][rounds];
        for (int round = 0; round < warmup + rounds; round++) {
            for (int k = 0; k < 2; k++) {
                int variant = (round + k) % 2;
                long[] measured = run(variant == 0 ? withProcessor : alone, dir);
                if (round >= warmup) {
                    wall[variant][round - warmup] = measured[0];
                    cpu[variant][round - warmup] = measured[1];
                }
            }
            System.out.printf(Locale.ROOT, "  upstream, javac processes: %s %d/%d%n", round < warmup ? "warm-up" : "round",
                    round < warmup ? round + 1 : round - warmup + 1, round < warmup ? warmup : rounds);
        }
        double wallProcessor = BuildTime.median(wall[0]);
        double wallAlone = BuildTime.median(wall[1]);
        double cpuProcessor = BuildTime.median(cpu[0]);
        double cpuAlone = BuildTime.median(cpu[1]);
        return String.format(Locale.ROOT, "%8d %10.0fms %10.0fms %12.2f %10.0fms %10.0fms %12.2f  %s", 109, wallProcessor, wallAlone,
                wallProcessor / wallAlone, cpuProcessor, cpuAlone, cpuProcessor / cpuAlone,
                BuildTime.verdict(wallProcessor / wallAlone, 1.2));
    }

    static String header() {
        return String.format(Locale.ROOT, "%8s %12s %12s %12s %12s %12s %12s  %s", "codes", "wall proc", "wall alone", "wall ratio",
                "cpu proc", "cpu alone", "cpu ratio", "target (wall)");
    }

    /** One javac process writing classes to a fresh directory: its wall time and CPU time, in nanoseconds. */
    private static long[] run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path classes = Files.createTempDirectory(dir, "classes");
        List<String> full = new ArrayList<>(command);
        full.add(1, "-d");
        full.add(2, classes.toString());
        Path log = dir.resolve("javac.log");
        try {
            long cpuBefore = childrenCpuNanos();
            long start = System.nanoTime();
            Process javac = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int exit = javac.waitFor();
            long wall = System.nanoTime() - start;
            long cpu = childrenCpuNanos() - cpuBefore;
            if (exit != 0) {
                throw new IllegalStateException("javac failed (" + exit + "): " + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new long[] {wall, cpu};
        } finally {
            BuildTime.delete(classes);
        }
    }

    /**
     * User + system time of this JVM's finished children (fields 16 and 17 of
     * {@code /proc/self/stat}, in clock ticks of 10 ms); {@link Process#waitFor} reaps the child, so
     * its time is counted once it returns.
     */
    private static long childrenCpuNanos() throws IOException {
        File stat = new File("/proc/self/stat");
        if (!stat.exists()) {
            return 0;
        }
        String content = Files.readString(stat.toPath(), StandardCharsets.US_ASCII);
        // the command name (field 2) is in parentheses and may contain spaces: count from after it
        String[] fields = content.substring(content.lastIndexOf(')') + 2).trim().split(" ");
        long ticks = Long.parseLong(fields[16 - 3]) + Long.parseLong(fields[17 - 3]); // from field 3 on
        return ticks * 10_000_000L;
    }
}
