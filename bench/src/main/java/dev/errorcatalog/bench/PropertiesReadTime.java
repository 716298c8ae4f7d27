package dev.errorcatalog.bench;

import dev.errorcatalog.processor.properties.PropertiesReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How the translation-file reader scales with escapes: a 1 MB properties line of 500,000
 * {@code \t} escapes after one non-Latin-1 character (合) (a reader that computes a column per
 * backslash is quadratic on it) against a plain ASCII file of the same size. Prints the median
 * times and their ratio; a linear reader keeps the ratio near 1.
 *
 * <pre>
 * ./mvnw -B -q -o -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.errorcatalog.bench.PropertiesReadTime [--rounds 5]
 * </pre>
 */
public final class PropertiesReadTime {
    private static final int SIZE = 1_000_000;

    private PropertiesReadTime() {}

    public static void main(String[] args) {
        int rounds = args.length == 2 && args[0].equals("--rounds") ? Integer.parseInt(args[1]) : 5;
        byte[] escapes = ("K=\u5408" + "\\t".repeat((SIZE - 5) / 2)).getBytes(StandardCharsets.UTF_8);
        byte[] plain = ("K=" + "a".repeat(escapes.length - 2)).getBytes(StandardCharsets.UTF_8);
        long escapesTime = median(escapes, rounds);
        long plainTime = median(plain, rounds);
        System.out.printf(Locale.ROOT, "plain ASCII %,d B: %,d ms%n", plain.length, plainTime / 1_000_000);
        System.out.printf(Locale.ROOT, "500,000 \\t escapes %,d B: %,d ms%n", escapes.length, escapesTime / 1_000_000);
        System.out.printf(Locale.ROOT, "ratio: %.1f%n", (double) escapesTime / plainTime);
    }

    private static long median(byte[] content, int rounds) {
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            PropertiesReader.Result result = PropertiesReader.read("bench.properties", content);
            times[i] = System.nanoTime() - start;
            if (result.entries().size() != 1) {
                throw new IllegalStateException("expected one entry, got " + result.diagnostics());
            }
        }
        java.util.Arrays.sort(times);
        return times[rounds / 2];
    }
}
