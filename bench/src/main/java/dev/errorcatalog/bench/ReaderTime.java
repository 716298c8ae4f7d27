package dev.errorcatalog.bench;

import dev.errorcatalog.processor.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Reading time of inputs that once cost more than their size: a long flow list of characters above
 * U+FFFF (each mark counted its column from the line's start: 43 s against 1.3 s for the same list
 * in ASCII at 200,000 items) and a file of blank lines (an {@code int[3]} per line). Each input is
 * read by both readers: {@code YamlReader.read} (the common reader, or the parser for what it leaves)
 * and {@code YamlReader.readWithParser} (snakeyaml-engine alone). Printed: median times, the ratio
 * against the ASCII list of the same item count, and the ratio of twice the items to the items
 * (2.0 when the time is linear, 4.0 when quadratic).
 *
 * <p>Run (the processor jar holds the readers and, shaded, snakeyaml-engine; the large young
 * generation keeps garbage collection of the 400,000-node trees out of the times, and
 * {@code ReaderScaleTest} checks the small heap instead):
 * <pre>
 * ./mvnw -B -q -o -pl bench -am package -DskipTests
 * java -Xms2g -Xmx2g -Xmn1500m -cp bench/target/benchmarks.jar:processor/target/error-catalog-processor-0.1.0-SNAPSHOT.jar \
 *     dev.errorcatalog.bench.ReaderTime [--items 200000] [--rounds 5]
 * </pre>
 */
public final class ReaderTime {
    private ReaderTime() {}

    private record Input(String name, String item) {}

    private static final List<Input> INPUTS = List.of(
            new Input("ASCII flow list (`ab`)", "ab"),
            new Input("astral flow list (`\uD83D\uDE00`)", "\uD83D\uDE00"),
            new Input("blank lines, as many bytes as the ASCII list", null));

    public static void main(String[] args) {
        int items = 200_000;
        int rounds = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--items" -> items = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.printf(Locale.ROOT, "Reading time, %,d and %,d items, median of %d rounds after 2 warm-up rounds (%s %s, max heap %d MiB)%n",
                items, 2 * items, rounds, System.getProperty("java.vm.name"), System.getProperty("java.vm.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| input | bytes | reader | time | ÷ ASCII | 2× items ÷ items |");
        System.out.println("| --- | ---: | --- | ---: | ---: | ---: |");
        List<byte[]> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Input input : INPUTS) {
            files.add(bytes(input, items));
            files.add(bytes(input, 2 * items));
            names.add(input.name());
        }
        files.add(largestBlankFile());
        for (String reader : List.of("YamlReader.read", "readWithParser")) {
            BiFunction<String, byte[], YamlReader.Result> read = reader.equals("YamlReader.read") ? YamlReader::read : YamlReader::readWithParser;
            double[] time = medians(read, files, rounds);
            for (int i = 0; i < INPUTS.size(); i++) {
                System.out.printf(Locale.ROOT, "| %s | %,d | `%s` | %,.1f ms | %.2f | %.2f |%n",
                        names.get(i), files.get(2 * i).length, reader, time[2 * i], time[2 * i] / time[0], time[2 * i + 1] / time[2 * i]);
            }
            System.out.printf(Locale.ROOT, "| blank lines up to the size limit | %,d | `%s` | %,.1f ms | | |%n",
                    files.get(files.size() - 1).length, reader, time[files.size() - 1]);
        }
    }

    /** {@code catalog: Api} and a flow list of {@code items} items, or blank lines of the ASCII list's size. */
    static byte[] bytes(Input input, int items) {
        String head = "catalog: Api\nnotes: [";
        if (input.item() == null) {
            int size = head.length() + 4 * items;
            return ("catalog: Api\n" + "\n".repeat(size - "catalog: Api\n".length() - "notes: []\n".length()) + "notes: []\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder(head);
        for (int i = 0; i < items; i++) {
            text.append(i == 0 ? "" : ", ").append(input.item());
        }
        return text.append("]\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] largestBlankFile() {
        String head = "catalog: Api\n";
        String tail = "notes: []\n";
        return (head + "\n".repeat(YamlReader.MAX_BYTES - head.length() - tail.length()) + tail).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The median wall time in ms of reading each file. All files are read in turn in every round (two
     * warm-up rounds first), so a change in the machine's load touches them alike; every read must
     * give a tree and no diagnostic, or its time means nothing.
     */
    static double[] medians(BiFunction<String, byte[], YamlReader.Result> read, List<byte[]> files, int rounds) {
        double[][] times = new double[files.size()][rounds];
        for (int round = -2; round < rounds; round++) {
            for (int f = 0; f < files.size(); f++) {
                long start = System.nanoTime();
                YamlReader.Result result = read.apply("notes.yaml", files.get(f));
                long elapsed = System.nanoTime() - start;
                if (result.root().isEmpty() || !result.diagnostics().isEmpty()) {
                    throw new IllegalStateException("the input did not read cleanly: " + result.diagnostics());
                }
                if (round >= 0) {
                    times[f][round] = elapsed / 1e6;
                }
            }
        }
        double[] medians = new double[files.size()];
        for (int f = 0; f < files.size(); f++) {
            Arrays.sort(times[f]);
            medians[f] = times[f][rounds / 2];
        }
        return medians;
    }
}
