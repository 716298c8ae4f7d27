package dev.errorcatalog.processor;

import dev.errorcatalog.processor.spring.GeneratedSpringAnnotations;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.errorcatalog.processor.DiagnosticAssertions.assertErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.processor.spring.AutoConfigurationImports;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;
import org.junit.jupiter.api.Test;

/**
 * {@code -Aerrorcatalog.spring=true}: the generated advice and auto-configuration compile against
 * Spring (on this test's class path) warning-free under {@code -Xlint:all -Werror}; the imports file
 * is written once per compilation and lists every catalog; without the option nothing of Spring is
 * generated. What the integration answers over HTTP is proven by {@code spring-boot4-test/}.
 */
class SpringIntegrationTest {
    private static final String SPRING = "-Aerrorcatalog.spring=true";
    private static final String CATALOG = CatalogCompiler.lines(
            "catalog: Api",
            "locales: [en, zh-CN]",
            "categories:",
            "  - id: compliance",
            "    title: {en: Compliance Errors, zh-CN: 合规错误}",
            "    range: 304xxx",
            "    http: 422",
            "    codes:",
            "      - {code: 304001, name: NO_SESSION_FOUND, message: 'No session {id} found', http: 404}",
            "  - id: ach",
            "    title: ACH Errors",
            "    range: 3049xx",
            "    codes:",
            "      - {code: 304900, name: ACH_PRE_CHECKS, message: Ach pre checks}");

    /** Both processors, as javac finds them in the jar; {@code -Xlint:all -Werror}. */
    private static Compilation compile(List<String> options, String yaml) {
        Path dir = CatalogCompiler.writeCatalog(yaml.getBytes(StandardCharsets.UTF_8));
        return compileSources(options, dir, CatalogCompiler.packageInfo("errors.yaml"));
    }

    private static Compilation compileSources(List<String> options, Path dir, JavaFileObject... sources) {
        List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-Aerrorcatalog.dir=" + dir));
        all.addAll(options);
        return javac().withProcessors(new ErrorCatalogProcessor(), new GeneratedSpringAnnotations()).withOptions(all).compile(sources);
    }

    private static String generated(Compilation compilation, String type) {
        return contents(compilation.generatedSourceFile(CatalogCompiler.PACKAGE + "." + type).orElseThrow());
    }

    private static Optional<String> imports(Compilation compilation) {
        return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, AutoConfigurationImports.PATH).map(SpringIntegrationTest::contents);
    }

    private static String contents(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void generatesAnAdviceAndAnAutoConfigurationThatCompileWarningFree() {
        Compilation compilation = compile(List.of(SPRING), CATALOG);
        assertThat(compilation).succeededWithoutWarnings();
        String handler = generated(compilation, "ApiProblemHandler");
        assertTrue(handler.contains("@RestControllerAdvice"), handler);
        assertTrue(handler.contains("@Order(Ordered.LOWEST_PRECEDENCE)"), handler);
        assertTrue(handler.contains("@ExceptionHandler(ApiException.class)"), handler);
        assertTrue(handler.contains("List.of(Locale.forLanguageTag(\"en\"), Locale.forLanguageTag(\"zh-CN\"))"), handler);
        assertTrue(handler.contains("\"urn:error-catalog:Api:\" + error.code()"), handler);
        String configuration = generated(compilation, "ApiProblemAutoConfiguration");
        assertTrue(configuration.contains("@AutoConfiguration"), configuration);
        assertTrue(configuration.contains("type = ConditionalOnWebApplication.Type.SERVLET"), configuration);
        assertTrue(configuration.contains("@ConditionalOnMissingBean"), configuration);
        assertEquals(AutoConfigurationImports.merge("", List.of("com.acme.errors.ApiProblemAutoConfiguration")),
                imports(compilation).orElseThrow());
    }

    @Test
    void theOutputIsTheSameOnEveryBuild() {
        Compilation first = compile(List.of(SPRING), CATALOG);
        Compilation second = compile(List.of(SPRING), CATALOG);
        for (String type : List.of("ApiProblemHandler", "ApiProblemAutoConfiguration")) {
            assertEquals(generated(first, type), generated(second, type), type);
        }
        assertEquals(imports(first), imports(second));
    }

    @Test
    void theProblemTypeBaseIsAnOption() {
        Compilation compilation = compile(List.of(SPRING, "-Aerrorcatalog.problemTypeBase=https://errors.acme.com/codes/"), CATALOG);
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(generated(compilation, "ApiProblemHandler").contains("\"https://errors.acme.com/codes/\" + error.code()"));
    }

    @Test
    void aProblemTypeBaseThatIsNoAbsoluteUriIsAnError() {
        assertErrors(compile(List.of(SPRING, "-Aerrorcatalog.problemTypeBase=errors.acme.com/"), CATALOG),
                "[problem-type-base] -Aerrorcatalog.problemTypeBase=errors.acme.com/ is not a URI that a code can follow "
                        + "(it has no scheme); write an absolute base such as https://errors.acme.com/ or urn:acme:errors:");
        assertErrors(compile(List.of(SPRING, "-Aerrorcatalog.problemTypeBase=https://errors acme/"), CATALOG),
                "[problem-type-base] -Aerrorcatalog.problemTypeBase=https://errors acme/ is not a URI that a code can follow "
                        + "(Illegal character in authority); write an absolute base such as https://errors.acme.com/ or urn:acme:errors:");
    }

    @Test
    void withoutTheOptionNothingOfSpringIsGenerated() {
        Compilation compilation = compile(List.of(), CATALOG);
        assertThat(compilation).succeededWithoutWarnings();
        assertFalse(compilation.generatedSourceFile(CatalogCompiler.PACKAGE + ".ApiProblemHandler").isPresent());
        assertFalse(compilation.generatedSourceFile(CatalogCompiler.PACKAGE + ".ApiProblemAutoConfiguration").isPresent());
        assertFalse(imports(compilation).isPresent());
        assertFalse(compile(List.of("-Aerrorcatalog.spring=false"), CATALOG).generatedSourceFile(
                CatalogCompiler.PACKAGE + ".ApiProblemHandler").isPresent());
    }

    /** The Filer creates a file once per compilation: two catalogs share one imports file. */
    @Test
    void twoCatalogsInOneCompilationShareOneImportsFile() throws IOException {
        Path dir = CatalogCompiler.writeCatalog(CATALOG.getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("orders.yaml"), CatalogCompiler.lines(
                "catalog: Shop",
                "categories:",
                "  - id: orders",
                "    title: Order Errors",
                "    range: 701xxx",
                "    codes:",
                "      - {code: 701001, name: ORDER_NOT_FOUND, message: 'Order {id} not found', http: 404}"));
        Compilation compilation = compileSources(List.of(SPRING), dir,
                JavaFileObjects.forSourceLines("com.acme.orders.package-info",
                        "@dev.errorcatalog.ErrorCatalog(\"orders.yaml\")", "package com.acme.orders;"),
                CatalogCompiler.packageInfo("errors.yaml"));
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(CatalogCompiler.lines(
                "# error-catalog: begin (written by the @ErrorCatalog processor, -Aerrorcatalog.spring=true)",
                "com.acme.errors.ApiProblemAutoConfiguration",
                "com.acme.orders.ShopProblemAutoConfiguration",
                "# error-catalog: end"), imports(compilation).orElseThrow());
    }

    /** A module's own auto-configurations stay; the block from an earlier build is replaced, not repeated. */
    @Test
    void mergingKeepsTheModulesOwnLinesAndReplacesOurBlock() {
        String first = AutoConfigurationImports.merge("com.acme.OwnAutoConfiguration\n# a comment\n",
                List.of("com.acme.errors.ApiProblemAutoConfiguration"));
        assertEquals(CatalogCompiler.lines(
                "com.acme.OwnAutoConfiguration",
                "# a comment",
                "# error-catalog: begin (written by the @ErrorCatalog processor, -Aerrorcatalog.spring=true)",
                "com.acme.errors.ApiProblemAutoConfiguration",
                "# error-catalog: end"), first);
        String second = AutoConfigurationImports.merge(first, List.of("com.acme.b.BProblemAutoConfiguration",
                "com.acme.a.AProblemAutoConfiguration"));
        assertEquals(CatalogCompiler.lines(
                "com.acme.OwnAutoConfiguration",
                "# a comment",
                "# error-catalog: begin (written by the @ErrorCatalog processor, -Aerrorcatalog.spring=true)",
                "com.acme.a.AProblemAutoConfiguration",
                "com.acme.b.BProblemAutoConfiguration",
                "# error-catalog: end"), second);
    }

    /** The Eclipse compiler (IDE users run the processor through it) compiles the integration without a warning. */
    @Test
    void theEclipseCompilerCompilesItWithoutAWarning() throws Exception {
        Path dir = CatalogCompiler.writeCatalog(CATALOG.getBytes(StandardCharsets.UTF_8));
        Path work = Files.createTempDirectory("spring-ecj");
        Path packageInfo = Files.createDirectories(work.resolve("src/com/acme/errors")).resolve("package-info.java");
        Files.writeString(packageInfo, "@dev.errorcatalog.ErrorCatalog(\"errors.yaml\")\npackage com.acme.errors;\n");
        List<String> processorPath = List.of(location(ErrorCatalogProcessor.class), location(com.palantir.javapoet.JavaFile.class),
                location(org.snakeyaml.engine.v2.api.LoadSettings.class));
        List<String> arguments = List.of("--release", "17", "-encoding", "UTF-8",
                // this test's class path: the annotation, Spring web and Spring Boot's auto-configure, as an IDE has them
                "-classpath", System.getProperty("java.class.path"),
                "-processorpath", String.join(File.pathSeparator, processorPath),
                "-Aerrorcatalog.dir=" + dir, SPRING,
                "-s", Files.createDirectories(work.resolve("generated")).toString(),
                "-d", Files.createDirectories(work.resolve("classes")).toString(),
                packageInfo.toString());
        StringWriter out = new StringWriter();
        boolean ok = BatchCompiler.compile(arguments.toArray(String[]::new), new PrintWriter(out), new PrintWriter(out), null);
        assertTrue(ok, out::toString);
        assertEquals("", out.toString().trim());
        assertTrue(Files.isRegularFile(work.resolve("classes/com/acme/errors/ApiProblemHandler.class")));
        assertEquals(AutoConfigurationImports.merge("", List.of("com.acme.errors.ApiProblemAutoConfiguration")),
                Files.readString(work.resolve("classes").resolve(AutoConfigurationImports.PATH)));
    }

    private static String location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /**
     * An importing catalog also answers the imported catalog's exceptions, unless the imported
     * catalog's module was built with its own integration. Two real builds to disk: the imported
     * catalog first, then the importing one with the first's classes (and descriptor) on its class path.
     */
    @Test
    void anImportedCatalogIsAnsweredUnlessItHasItsOwnIntegration() throws Exception {
        assertTrue(importingHandler(List.of()).contains("@ExceptionHandler(ApiException.class)"));
        assertFalse(importingHandler(List.of(SPRING)).contains("ApiException"));
    }

    /** The ServiceProblemHandler of a catalog importing com/acme/errors/Api.json, built with {@code upstreamOptions}. */
    private static String importingHandler(List<String> upstreamOptions) throws Exception {
        Path work = Files.createTempDirectory("spring-imports");
        Path upstream = build(work.resolve("upstream"), CatalogCompiler.PACKAGE, CATALOG, System.getProperty("java.class.path"),
                upstreamOptions);
        String service = CatalogCompiler.lines(
                "catalog: Service",
                "imports: [com/acme/errors/Api.json]",
                "categories:",
                "  - id: watchlist",
                "    title: Watchlist Errors",
                "    range: 701xxx",
                "    codes:",
                "      - {code: 701001, name: WATCHLIST_FULL, message: Watchlist full, http: 409}");
        Path built = build(work.resolve("service"), "com.acme.service", service,
                upstream.resolve("classes") + File.pathSeparator + System.getProperty("java.class.path"), List.of(SPRING));
        return Files.readString(built.resolve("generated/com/acme/service/ServiceProblemHandler.java"));
    }

    /** Compiles one catalog module with javac, as a build does; returns its directory ({@code classes/}, {@code generated/}). */
    private static Path build(Path module, String packageName, String yaml, String classPath, List<String> options) throws IOException {
        Path resources = Files.createDirectories(module.resolve("resources"));
        Files.writeString(resources.resolve("errors.yaml"), yaml);
        Path source = Files.createDirectories(module.resolve("src").resolve(packageName.replace('.', '/'))).resolve("package-info.java");
        Files.writeString(source, "@dev.errorcatalog.ErrorCatalog(\"errors.yaml\")\npackage " + packageName + ";\n");
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror", "-classpath", classPath,
                "-processor", ErrorCatalogProcessor.class.getName() + "," + GeneratedSpringAnnotations.class.getName(),
                "-Aerrorcatalog.dir=" + resources,
                "-s", Files.createDirectories(module.resolve("generated")).toString(),
                "-d", Files.createDirectories(module.resolve("classes")).toString()));
        arguments.addAll(options);
        arguments.add(source.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, out, out, arguments.toArray(String[]::new));
        assertEquals(0, status, out::toString);
        return module;
    }
}
