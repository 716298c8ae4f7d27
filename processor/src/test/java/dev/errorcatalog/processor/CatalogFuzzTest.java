package dev.errorcatalog.processor;

import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * "The processor never crashes", as a property: for random valid catalogs and random mutations
 * of them, every run either compiles cleanly (valid catalogs must, and their generated API must
 * answer what the catalog declares) or fails with diagnostics that all point into the catalog and
 * carry a known {@code [tag]} - never an internal error, an escaped exception, a javac error in
 * generated code, or a hang.
 *
 * <p>{@code -Derrorcatalog.fuzz.cases=N} (default 2000), {@code -Derrorcatalog.fuzz.seed=S}, and
 * {@code -Derrorcatalog.fuzz.only=I} to rerun the single case I of a failure report.
 */
class CatalogFuzzTest {
    static final long DEFAULT_SEED = 20261124L;
    static final int DEFAULT_CASES = 2000;
    static final long TIMEOUT_SECONDS = 60;
    static final int REPORTED_FAILURES = 5;
    static final int FULL_RUN_EVERY = 5;

    private static final Set<String> TAGS = Arrays.stream(DiagnosticKind.values()).map(DiagnosticKind::tag)
            .collect(Collectors.toSet());
    private static final Pattern TAG = Pattern.compile("\\[([a-z0-9-]+)\\]");
    private static final String WERROR = "warnings found and -Werror specified";
    /**
     * Only the annotation's own classes on javac's class path, not every jar of the test's; and
     * every error printed (javac stops at 100), so javac's output can be compared with the front end's.
     */
    private static final List<String> BASE_OPTIONS = List.of("-Xmaxerrs", "100000", "-classpath",
            dev.errorcatalog.ErrorCatalog.class.getProtectionDomain().getCodeSource().getLocation().getPath());

    /** One case: the bytes of the catalog, the options, and how it came about. */
    record Case(int index, byte[] yaml, List<String> options, RandomCatalogs.Spec spec, List<String> mutations) {
        boolean valid() {
            return spec != null;
        }
    }

    @Test
    void processorNeverCrashes() throws Exception {
        long seed = Long.getLong("errorcatalog.fuzz.seed", DEFAULT_SEED);
        int cases = Integer.getInteger("errorcatalog.fuzz.cases", DEFAULT_CASES);
        Integer only = Integer.getInteger("errorcatalog.fuzz.only");
        int threads = Integer.getInteger("errorcatalog.fuzz.threads", Math.min(2, Runtime.getRuntime().availableProcessors()));
        int first = only != null ? only : 0;
        int end = only != null ? only + 1 : cases;
        List<String> failures = new ArrayList<>();
        int[] outcomes = new int[Outcome.values().length];
        long[] nanos = new long[Outcome.values().length];
        long start = System.nanoTime();
        // cases are independent javac runs: one per core; results are taken in case order
        ExecutorService executor = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "catalog-fuzz");
            thread.setDaemon(true); // a hung case must not keep the JVM alive
            return thread;
        });
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (int i = first; i < end; i++) {
                int index = i;
                futures.add(executor.submit(() -> runCase(seed, index, only != null)));
            }
            for (int i = 0; i < futures.size(); i++) {
                Result result;
                try {
                    result = futures.get(i).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    failures.add(report(seed, makeCase(seed, first + i), "no result after " + TIMEOUT_SECONDS
                            + " s: the processor hangs (the remaining cases were not run)"));
                    break;
                }
                if (result.outcome() != null) {
                    outcomes[result.outcome().ordinal()]++;
                    nanos[result.outcome().ordinal()] += result.nanos();
                }
                if (result.problem() != null) {
                    failures.add(report(seed, result.fuzzCase(), result.problem()));
                }
            }
        } finally {
            executor.shutdownNow();
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT, "seed %d, %d case(s) on %d thread(s) in %d s:",
                seed, end - first, threads, seconds));
        for (Outcome outcome : Outcome.values()) {
            summary.append(String.format(Locale.ROOT, " %d %s (%d ms each);", outcomes[outcome.ordinal()], outcome.text,
                    outcomes[outcome.ordinal()] == 0 ? 0 : TimeUnit.NANOSECONDS.toMillis(nanos[outcome.ordinal()] / outcomes[outcome.ordinal()])));
        }
        summary.append(' ').append(failures.size()).append(" failure(s)");
        System.out.println("[CatalogFuzzTest] " + summary);
        assertTrue(failures.isEmpty(), () -> summary + ". The first " + Math.min(REPORTED_FAILURES, failures.size())
                + ":\n\n" + String.join("\n\n", failures.subList(0, Math.min(REPORTED_FAILURES, failures.size()))));
    }

    enum Outcome {
        VALID("valid"),
        STILL_VALID("mutated but still valid"),
        REJECTED_BY_JAVAC("rejected through javac"),
        REJECTED_BY_FRONT_END("rejected by the front end alone");

        final String text;

        Outcome(String text) {
            this.text = text;
        }
    }

    /** One case's verdict: null problem when the property holds; null outcome when it could not run. */
    record Result(Case fuzzCase, Outcome outcome, long nanos, String problem) {}

    /** Builds, runs and checks case {@code index}; catches everything, so a result always comes back. */
    static Result runCase(long seed, int index, boolean alwaysCompile) {
        Case fuzzCase = makeCase(seed, index);
        long start = System.nanoTime();
        Run run;
        try {
            run = run(fuzzCase, alwaysCompile || index % FULL_RUN_EVERY == 0);
        } catch (Throwable e) { // the property: nothing escapes, not even an Error
            return new Result(fuzzCase, null, 0, "an exception escaped: " + stackTrace(e));
        }
        long nanos = System.nanoTime() - start;
        Outcome outcome = run.compilation() == null ? Outcome.REJECTED_BY_FRONT_END
                : fuzzCase.valid() ? Outcome.VALID
                : run.compilation().status() == Compilation.Status.SUCCESS ? Outcome.STILL_VALID : Outcome.REJECTED_BY_JAVAC;
        try {
            return new Result(fuzzCase, outcome, nanos, check(fuzzCase, run));
        } catch (Throwable e) { // a generated class that fails to load or to answer, say
            return new Result(fuzzCase, outcome, nanos, "checking the result threw " + stackTrace(e));
        }
    }

    /** What one case produced: the front end's diagnostics, and the javac run if there was one. */
    record Run(FrontEnd.Result frontEnd, Compilation compilation) {}

    /**
     * The cheap path first: the processor's own front end ({@link CatalogLoader}, what it runs before
     * generating). A catalog it rejects makes the processor print exactly those diagnostics and
     * generate nothing, so javac adds little: only every {@value #FULL_RUN_EVERY}th such case goes
     * through javac too, and there its messages must be the front end's. Everything else compiles.
     */
    static Run run(Case fuzzCase, boolean alwaysCompile) {
        boolean strict = fuzzCase.options().contains("-A" + Options.STRICT_LOCALES + "=true");
        FrontEnd.Result frontEnd = FrontEnd.load("errors.yaml", fuzzCase.yaml(), new Options(strict));
        boolean rejected = frontEnd.hasErrors() || frontEnd.catalog().isEmpty();
        Compilation compilation = rejected && !alwaysCompile ? null : CatalogCompiler.compile(fuzzCase.yaml(), fuzzCase.options());
        return new Run(frontEnd, compilation);
    }

    static String check(Case fuzzCase, Run run) {
        List<String> problems = new ArrayList<>();
        List<String> messages = run.frontEnd().diagnostics().stream().map(dev.errorcatalog.processor.diag.Diagnostic::render).toList();
        for (String message : messages) {
            String untagged = FuzzChecks.tagProblem(message);
            if (untagged != null) {
                problems.add(untagged + ": " + message);
            }
        }
        if (run.compilation() == null) {
            if (fuzzCase.valid()) {
                problems.add("a valid catalog was rejected: " + messages);
            }
        } else {
            String compiled = FuzzChecks.check(fuzzCase, run.compilation());
            if (compiled != null) {
                problems.add(compiled);
            }
            List<String> printed = run.compilation().diagnostics().stream()
                    .filter(d -> d.getKind() != Diagnostic.Kind.NOTE && d.getKind() != Diagnostic.Kind.OTHER)
                    .map(d -> d.getMessage(Locale.ROOT)).filter(m -> !m.equals(WERROR)).toList();
            // javac indents the lines after a line break in a message
            if (!printed.equals(messages.stream().map(m -> m.replace("\n", "\n  ")).toList())) {
                problems.add("javac printed " + printed + " but the front end found " + messages);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    /** Case {@code index} of {@code seed}: its own Random, so any case can be rebuilt alone. */
    static Case makeCase(long seed, int index) {
        Random random = new Random(seed * 1_000_003L + index);
        RandomCatalogs.Generated generated = RandomCatalogs.generate(random);
        List<String> options = new ArrayList<>(BASE_OPTIONS);
        if (generated.spec().strictLocales()) {
            options.add("-Aerrorcatalog.strictLocales=true");
        }
        if (random.nextInt(4) == 0) {
            String yaml = FuzzYaml.write(generated.tree(), random);
            return new Case(index, yaml.getBytes(StandardCharsets.UTF_8), options, generated.spec(), List.of());
        }
        CatalogMutator mutator = new CatalogMutator(random);
        Object tree = random.nextInt(5) == 0 ? generated.tree() : mutator.mutateTree(generated.tree());
        byte[] bytes = FuzzYaml.write(tree, random).getBytes(StandardCharsets.UTF_8);
        if (tree == generated.tree() || random.nextInt(3) == 0) {
            bytes = mutator.mutateBytes(bytes);
        }
        if (random.nextInt(8) == 0) {
            options.removeIf(o -> o.startsWith("-A" + Options.STRICT_LOCALES));
            options.add("-A" + Options.STRICT_LOCALES + "=" + random.nextBoolean());
        }
        return new Case(index, bytes, options, null, mutator.log());
    }

    /** The property, checked on one compilation; null when it holds. */
    static final class FuzzChecks {
        private FuzzChecks() {}

        static String check(Case fuzzCase, Compilation compilation) {
            List<String> problems = new ArrayList<>();
            boolean warnings = compilation.diagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.WARNING
                    || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING);
            for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
                if (d.getKind() == Diagnostic.Kind.NOTE || d.getKind() == Diagnostic.Kind.OTHER) {
                    continue;
                }
                String message = d.getMessage(Locale.ROOT);
                String where = d.getSource() == null ? "" : d.getSource().getName();
                if (!where.isEmpty() && !where.endsWith("package-info.java")) {
                    problems.add("a " + d.getKind() + " in generated code " + where + ":" + d.getLineNumber() + ": " + message);
                } else if (message.equals(WERROR) && compilation.status() == Compilation.Status.FAILURE) {
                    continue; // javac's own consequence of a warning; the warning itself is checked
                } else {
                    String untagged = tagProblem(message);
                    if (untagged != null) {
                        problems.add(untagged + ": " + d.getKind() + " " + message);
                    }
                }
            }
            if (compilation.status() == Compilation.Status.SUCCESS) {
                if (warnings) {
                    problems.add("compiled, but with warnings");
                }
                problems.addAll(GeneratedApiCheck.check(compilation, fuzzCase.spec()));
            } else if (fuzzCase.valid()) {
                problems.add("a valid catalog failed to compile: " + compilation.diagnostics().stream()
                        .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT)).toList());
            } else if (compilation.errors().isEmpty()) {
                problems.add("the compilation failed without an error");
            }
            return problems.isEmpty() ? null : String.join("\n", problems);
        }

        /** Null when the message points into the catalog with a known tag other than internal-error. */
        static String tagProblem(String message) {
            if (!(message.startsWith("errors.yaml:") || message.startsWith("errors.yaml "))) {
                return "does not start with 'errors.yaml:'";
            }
            Matcher tag = TAG.matcher(message);
            if (!tag.find()) {
                return "has no [tag]";
            }
            if (!TAGS.contains(tag.group(1))) {
                return "has an unknown tag [" + tag.group(1) + "]";
            }
            if (tag.group(1).equals(DiagnosticKind.INTERNAL_ERROR.tag())) {
                return "is an internal error";
            }
            return null;
        }
    }

    static String report(long seed, Case fuzzCase, String problem) {
        return "--- seed " + seed + ", case " + fuzzCase.index() + " (rerun: -Derrorcatalog.fuzz.seed=" + seed
                + " -Derrorcatalog.fuzz.only=" + fuzzCase.index() + ")"
                + (fuzzCase.valid() ? ", a valid catalog" : ", mutations " + fuzzCase.mutations())
                + (fuzzCase.options().isEmpty() ? "" : ", options " + fuzzCase.options())
                + "\n" + problem + "\n--- errors.yaml (" + fuzzCase.yaml().length + " bytes; non-ASCII and control characters as \\uXXXX):\n"
                + printable(fuzzCase.yaml());
    }

    /** The file as readable text (invalid UTF-8 shows as \xNN; the rerun command rebuilds the exact bytes). */
    static String printable(byte[] yaml) {
        String text = new String(yaml, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < 8_000; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c >= 0x20 && c < 0x7f)) {
                out.append(c);
            } else if (c == '\uFFFD') {
                out.append("\\xNN");
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.length() >= 8_000 ? out + "\n... (cut)" : out.toString();
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        String text = out.toString();
        return text.length() > 4_000 ? text.substring(0, 4_000) + "..." : text;
    }
}
