package dev.errorcatalog.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What translations cost a build. The same catalog of {@code --codes} codes (default 1,500, the
 * layout of {@link GenerateCatalog#layout}) is compiled with the processor twice, alternating
 * every round: in English only, and in 24 locales whose 23 translations live in properties files
 * ({@code translations:}). It prints the generated Java source size, the size of the locale
 * resources, and the median build times and their ratio.
 *
 * <pre>
 * ./mvnw -B -q -o -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.errorcatalog.bench.TranslationBuildTime [--codes 1500] [--warmup 3] [--rounds 7]
 * </pre>
 */
public final class TranslationBuildTime {
    static final List<String> LOCALES = List.of("en", "de", "fr", "es", "it", "pt-BR", "ja", "ko", "zh-CN", "zh-TW", "ru",
            "pl", "nl", "sv", "da", "fi", "nb", "cs", "hu", "ro", "tr", "uk", "el", "bg");
    private static final String PROCESSOR = "dev.errorcatalog.processor.ErrorCatalogProcessor";

    private TranslationBuildTime() {}

    public static void main(String[] args) throws Exception {
        int codes = 1_500;
        int warmup = 3;
        int rounds = 7;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--codes" -> codes = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: TranslationBuildTime [--codes N] [--warmup N] [--rounds N]");
                    System.exit(2);
                }
            }
        }
        String processorJar = BuildTime.findProcessorJar();
        Path work = Files.createTempDirectory("errorcatalog-translations");
        try {
            List<GenerateCatalog.Category> layout = GenerateCatalog.layout(codes);
            Path english = write(work.resolve("en"), layout, List.of("en"));
            Path all = write(work.resolve("all"), layout, LOCALES);
            long[] sizesEnglish = sizes(work, english, processorJar);
            long[] sizesAll = sizes(work, all, processorJar);
            long[][] times = new long[2][rounds];
            for (int round = 0; round < warmup + rounds; round++) {
                for (int k = 0; k < 2; k++) {
                    int variant = (round + k) % 2;
                    System.gc();
                    long start = System.nanoTime();
                    build(work, variant == 0 ? english : all, processorJar, null);
                    long elapsed = System.nanoTime() - start;
                    if (round >= warmup) {
                        times[variant][round - warmup] = elapsed;
                    }
                }
            }
            double timeEnglish = BuildTime.median(times[0]);
            double timeAll = BuildTime.median(times[1]);
            System.out.printf(Locale.ROOT, "%,d codes, javac in-process, %s %s, %d cores, medians of %d rounds after %d warm-up%n",
                    codes, System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                    Runtime.getRuntime().availableProcessors(), rounds, warmup);
            System.out.printf(Locale.ROOT, "%-28s %14s %16s %12s%n", "catalog", "Java source", "locale resources", "build");
            System.out.printf(Locale.ROOT, "%-28s %,12d B %,14d B %10.0fms%n", "English only", sizesEnglish[0], sizesEnglish[1],
                    timeEnglish);
            System.out.printf(Locale.ROOT, "%-28s %,12d B %,14d B %10.0fms%n", LOCALES.size() + " locales (23 in files)",
                    sizesAll[0], sizesAll[1], timeAll);
            System.out.printf(Locale.ROOT, "ratios: Java source %.3f, build time %.2f%n", (double) sizesAll[0] / sizesEnglish[0],
                    timeAll / timeEnglish);
        } finally {
            BuildTime.delete(work);
        }
    }

    /** The catalog, its package-info and, for more than one locale, one properties file per other locale. */
    private static Path write(Path dir, List<GenerateCatalog.Category> layout, List<String> locales) throws IOException {
        Path resources = dir.resolve("resources");
        Files.createDirectories(resources);
        Files.writeString(resources.resolve("big.yaml"), GenerateCatalog.yaml("Big", layout, locales));
        for (String locale : locales.subList(1, locales.size())) {
            Files.writeString(resources.resolve(GenerateCatalog.translationFile(locale)),
                    GenerateCatalog.translations(layout, locale));
        }
        Path sources = dir.resolve("src/bench/gen");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("package-info.java"), "@dev.errorcatalog.ErrorCatalog(\"big.yaml\")\npackage bench.gen;\n");
        return dir;
    }

    /** Builds once into fixed directories and returns the generated Java source bytes and the .texts bytes. */
    private static long[] sizes(Path work, Path dir, String processorJar) throws IOException {
        Path generated = dir.resolve("generated");
        Files.createDirectories(generated);
        Path classes = build(work, dir, processorJar, generated);
        try {
            return new long[] {bytes(generated, ".java"), bytes(classes, ".texts")};
        } finally {
            BuildTime.delete(classes);
        }
    }

    /**
     * One compilation with the processor; keeps the generated sources in {@code generated} and
     * returns the class directory when {@code generated} is given, else deletes both.
     */
    private static Path build(Path work, Path dir, String processorJar, Path generated) throws IOException {
        Path sourceOut = generated != null ? generated : Files.createTempDirectory(work, "gen");
        Path classes = Files.createTempDirectory(work, "classes");
        try {
            BuildTime.compileInto(classes, BuildTime.javaFiles(dir.resolve("src")), List.of("-processorpath", processorJar,
                    "-processor", PROCESSOR, "-classpath", processorJar, "-Aerrorcatalog.dir=" + dir.resolve("resources"),
                    "-s", sourceOut.toString()));
        } finally {
            if (generated == null) {
                BuildTime.delete(sourceOut);
                BuildTime.delete(classes);
            }
        }
        return classes;
    }

    private static long bytes(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(suffix)).map(Path::toFile).mapToLong(File::length).sum();
        }
    }
}
