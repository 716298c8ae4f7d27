package dev.errorcatalog.processor.frontend;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.diag.Suggestions;
import dev.errorcatalog.processor.docs.Output;
import dev.errorcatalog.processor.model.Integrations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the build and the command line both need besides the catalog: the processor reads these
 * from {@code -A} options, the command line from its flags, and {@link FrontEnd} runs the same
 * steps on them.
 *
 * @param strictLocales every message and title must have every declared locale
 * @param spring the Spring integration is generated: its type names are claimed too
 * @param problemTypeBase the Spring integration's problem type base, checked when given
 * @param baseline the last release's catalog or descriptor, a file path
 * @param outputs what is written besides Java; always holds the outputs every build writes
 * @param requireExplanations every code must have an explanation
 * @param grpc the gRPC integration is generated: its type name is claimed and the AIP-193 rules apply
 */
public record Options(boolean strictLocales, boolean spring, Optional<String> problemTypeBase, Optional<String> baseline,
        Set<Output> outputs, boolean requireExplanations, boolean grpc) {
    public static final String DIR = "errorcatalog.dir";
    public static final String STRICT_LOCALES = "errorcatalog.strictLocales";
    public static final String BASELINE = "errorcatalog.baseline";
    public static final String SPRING = "errorcatalog.spring";
    public static final String PROBLEM_TYPE_BASE = "errorcatalog.problemTypeBase";
    public static final String OUTPUTS = "errorcatalog.outputs";
    public static final String REQUIRE_EXPLANATIONS = "errorcatalog.requireExplanations";
    public static final String GRPC = "errorcatalog.grpc";

    /** Every option of the jar: each of its processors declares them all, so javac never warns "not recognized". */
    public static final Set<String> ALL = Set.of(DIR, STRICT_LOCALES, BASELINE, SPRING, PROBLEM_TYPE_BASE, OUTPUTS,
            REQUIRE_EXPLANATIONS, GRPC);

    public static final Options DEFAULTS = new Options(false);

    public Options {
        outputs = outputs.isEmpty() ? EnumSet.noneOf(Output.class) : EnumSet.copyOf(outputs);
        Arrays.stream(Output.values()).filter(Output::always).forEach(outputs::add);
        outputs = Set.copyOf(outputs);
    }

    /** The integrations the build generates: their types claim names too. */
    public Integrations integrations() {
        return new Integrations(spring, grpc);
    }

    public Options(boolean strictLocales) {
        this(strictLocales, false, Optional.empty(), Optional.empty(), Set.of(), false, false);
    }

    /** The build's options, and a diagnostic for each word of {@code -Aerrorcatalog.outputs} that names no output. */
    public static Parsed fromProcessor(Map<String, String> options) {
        List<Diagnostic> problems = new ArrayList<>();
        Set<Output> outputs = EnumSet.noneOf(Output.class);
        String asked = options.getOrDefault(OUTPUTS, "");
        for (String word : asked.split(",")) {
            String name = word.trim();
            if (name.isEmpty()) {
                continue;
            }
            Output.byCommand(name).ifPresentOrElse(outputs::add, () -> problems.add(Diagnostic.of(
                    DiagnosticKind.OUTPUTS_OPTION, null, name, String.join(", ", Output.commands()),
                    Suggestions.didYouMean(name, Output.commands()))));
        }
        Options parsed = new Options(Boolean.parseBoolean(options.get(STRICT_LOCALES)), Boolean.parseBoolean(options.get(SPRING)),
                Optional.ofNullable(options.get(PROBLEM_TYPE_BASE)),
                Optional.ofNullable(options.get(BASELINE)).filter(b -> !b.isBlank()), outputs,
                Boolean.parseBoolean(options.get(REQUIRE_EXPLANATIONS)), Boolean.parseBoolean(options.get(GRPC)));
        return new Parsed(parsed, problems);
    }

    public record Parsed(Options options, List<Diagnostic> problems) {}
}
