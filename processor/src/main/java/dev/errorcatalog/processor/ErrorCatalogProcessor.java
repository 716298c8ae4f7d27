package dev.errorcatalog.processor;

import com.google.auto.service.AutoService;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.diag.Failures;
import dev.errorcatalog.processor.diag.Mark;
import dev.errorcatalog.processor.frontend.CatalogLocator;
import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import dev.errorcatalog.processor.generate.CatalogGenerator;
import dev.errorcatalog.processor.generate.GenerationContext;
import dev.errorcatalog.processor.generate.TypeGenerator;
import dev.errorcatalog.processor.grpc.GrpcSupport;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.read.ResourceResolver;
import dev.errorcatalog.processor.spring.SpringSupport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * The entry point: for each {@code @ErrorCatalog} element, find the file, run the {@link FrontEnd},
 * print every diagnostic once on the annotation, and generate only if there was no error.
 * Nothing escapes: running out of memory or stack, or a bug, becomes one error on the annotation
 * that names the catalog.
 */
@AutoService(Processor.class)
// We also claim @Generated, which our own output carries: otherwise javac's -Xlint:processing warns
// "No processor claimed any of these annotations" in the next round, and -Werror builds fail.
@SupportedAnnotationTypes({"dev.errorcatalog.ErrorCatalog", "javax.annotation.processing.Generated"})
public final class ErrorCatalogProcessor extends AbstractProcessor {

    /** The types generated so far in this compilation, and the catalog that generated each. */
    private final Map<String, String> generatedTypes = new HashMap<>();
    /** The resource paths written so far in this compilation. */
    private final Set<String> writtenResources = new HashSet<>();

    private SpringSupport spring;

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        spring = new SpringSupport(processingEnv);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Options.ALL;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    /** The oldest source level the generated code compiles at (it uses {@code List.of} and friends). */
    static final SourceVersion OLDEST_RELEASE = SourceVersion.RELEASE_11;

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        SourceVersion level = processingEnv.getSourceVersion();
        if (level.compareTo(OLDEST_RELEASE) < 0) {
            // One error per catalog and nothing generated: code that cannot compile at this level
            // would only bury the one line that says what to change under "cannot find symbol"s.
            round.getElementsAnnotatedWith(ErrorCatalog.class).forEach(element ->
                    report(element, Diagnostic.of(DiagnosticKind.JAVA_LEVEL, null, level.ordinal())));
            return true;
        }
        for (Element element : round.getElementsAnnotatedWith(ErrorCatalog.class)) {
            String path = element.getAnnotation(ErrorCatalog.class).value();
            try {
                compile(element, path);
            } catch (FilerException e) {
                // Every generated name is claimed before writing, so this is a type of the user's
                // own, or a second processor run over the same sources.
                report(element, Diagnostic.of(DiagnosticKind.WRITE_FAILED, null, e.getMessage()
                        + "; is a type of the same name declared in this package, or does another compiler run process it too?"));
            } catch (IOException | RuntimeException | VirtualMachineError | LinkageError e) {
                report(element, Failures.diagnose(e, path, Failures.Where.BUILD));
            }
        }
        if (round.processingOver()) {
            try {
                spring.finish();
            } catch (IOException | RuntimeException e) {
                processingEnv.getMessager().printMessage(Kind.ERROR, Diagnostic.of(DiagnosticKind.WRITE_FAILED, null, e.getMessage()).render());
            }
        }
        return true;
    }

    private void compile(Element element, String path) throws IOException {
        if (path.isBlank()) {
            report(element, Diagnostic.of(DiagnosticKind.ANNOTATION, null, "needs the catalog's path, e.g. @ErrorCatalog(\"errors.yaml\")"));
            return;
        }
        Options.Parsed parsed = Options.fromProcessor(processingEnv.getOptions());
        parsed.problems().forEach(d -> report(element, d));
        Options options = parsed.options();
        CatalogLocator.Found found = CatalogLocator.locate(processingEnv.getFiler(), processingEnv.getOptions().get(Options.DIR), path);
        if (found.readError().isPresent()) {
            report(element, Diagnostic.of(DiagnosticKind.FILE_UNREADABLE, Mark.ofFile(path), path, found.readError().get()));
            return;
        }
        if (found.content().isEmpty()) {
            report(element, Diagnostic.of(DiagnosticKind.FILE_NOT_FOUND, Mark.ofFile(path), path, String.join(", ", found.searched())));
            return;
        }
        FrontEnd.Result result = FrontEnd.check(path, found.content().get(), options, this::find);
        result.diagnostics().forEach(d -> report(element, d));
        if (result.valid().isEmpty() || !parsed.problems().isEmpty()) {
            return;
        }
        Catalog catalog = result.valid().get();
        if (options.grpc()) {
            Optional<Diagnostic> missing = GrpcSupport.missing(this::onClassPath);
            if (missing.isPresent()) {
                report(element, missing.get());
                return;
            }
        }
        String packageName = packageOf(element);
        GenerationContext context = new GenerationContext(catalog, packageName, element,
                processingEnv.getSourceVersion().compareTo(SourceVersion.RELEASE_17) >= 0,
                processingEnv.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null);
        CatalogGenerator generator = new CatalogGenerator(context);
        // All or nothing: a clash found halfway would leave half-written sources that javac then
        // reports as "cannot find symbol" errors, burying the one that matters.
        String origin = "the @ErrorCatalog(\"" + path + "\") on " + element;
        for (String type : generator.typeNames()) {
            String first = generatedTypes.get(type);
            if (first != null) {
                report(element, Diagnostic.of(DiagnosticKind.WRITE_FAILED, null, "the type " + type + " is also generated by "
                        + first + "; two catalogs in one package need different catalog names and category ids"));
                return;
            }
        }
        generator.typeNames().forEach(type -> generatedTypes.put(type, origin));
        generator.writeTo(processingEnv.getFiler());
        ResourceFiles.write(ResourceFiles.of(catalog, packageName, options.outputs()), packageName, processingEnv.getFiler(), element,
                writtenResources).forEach((usual, moved) -> processingEnv.getMessager().printMessage(Kind.NOTE, "error-catalog: "
                        + usual + " is already written by another catalog of this compilation; this one's is " + moved, element));
        // With gRPC on, a Spring application may have no Spring web at all: then only the gRPC part is Spring's.
        if (options.spring() && (!options.grpc() || spring.webOnClassPath())) {
            spring.generate(context, options, element).ifPresent(missing -> report(element, missing));
        }
        if (options.grpc()) {
            GrpcSupport grpc = new GrpcSupport(context, options.spring(), this::onClassPath);
            for (TypeGenerator each : grpc.generators()) {
                each.writeTo(processingEnv.getFiler());
            }
            grpc.autoConfiguration().ifPresent(configuration -> spring.list(configuration, element));
        }
    }

    private boolean onClassPath(String qualifiedName) {
        return processingEnv.getElementUtils().getTypeElement(qualifiedName) != null;
    }

    /** Finds an imported catalog or a translation file as the catalog itself was found. */
    private ResourceResolver.Found find(String path) {
        CatalogLocator.Found found = CatalogLocator.locate(processingEnv.getFiler(), processingEnv.getOptions().get(Options.DIR), path);
        List<String> searched = new ArrayList<>(found.searched());
        found.readError().ifPresent(searched::add);
        return new ResourceResolver.Found(found.content(), searched);
    }

    private String packageOf(Element element) {
        Element current = element;
        while (!(current instanceof PackageElement)) {
            current = current.getEnclosingElement();
        }
        return ((PackageElement) current).getQualifiedName().toString();
    }

    private void report(Element element, Diagnostic diagnostic) {
        Kind kind = diagnostic.isError() ? Kind.ERROR : Kind.WARNING;
        processingEnv.getMessager().printMessage(kind, diagnostic.render(), element, annotationOn(element));
    }

    private static AnnotationMirror annotationOn(Element element) {
        List<? extends AnnotationMirror> mirrors = element.getAnnotationMirrors();
        for (AnnotationMirror mirror : mirrors) {
            if (mirror.getAnnotationType().toString().equals(ErrorCatalog.class.getCanonicalName())) {
                return mirror;
            }
        }
        return null;
    }
}
