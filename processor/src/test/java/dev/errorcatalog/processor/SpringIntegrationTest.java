package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.errorcatalog.processor.DiagnosticAssertions.assertErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.processor.frontend.DeclaredOptions;
import dev.errorcatalog.processor.spring.AutoConfigurationImports;
import dev.errorcatalog.processor.spring.GeneratedSpringAnnotations;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URI;
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
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * {@code -Aerrorcatalog.spring=true}: the generated handler and auto-configurations compile against
 * Spring (on this test's class path) warning-free under {@code -Xlint:all -Werror}, with the MVC and
 * WebFlux parts the class path supports (one error without either); the imports file
 * is written once per compilation and lists every catalog; without the option nothing of Spring is
 * generated. What the integration answers over HTTP is proven by {@code spring-boot4-test/} (MVC) and
 * {@code spring-boot4-webflux-test/} (WebFlux).
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

    private static final List<String> ALL_AUTO_CONFIGURATIONS = List.of("com.acme.errors.ApiProblemAutoConfiguration",
            "com.acme.errors.ApiProblemMvcConfiguration", "com.acme.errors.ApiProblemWebFluxConfiguration");

    /** With MVC and WebFlux both on the class path: the handler and all three auto-configurations. */
    @Test
    void generatesAHandlerAndAutoConfigurationsThatCompileWarningFree() {
        Compilation compilation = compile(List.of(SPRING), CATALOG);
        assertThat(compilation).succeededWithoutWarnings();
        String handler = generated(compilation, "ApiProblemHandler");
        // no stereotype: no component scan finds it, and it is no advice that could outrank the application's
        assertFalse(java.util.regex.Pattern.compile("(?m)^\\s*@(RestControllerAdvice|ControllerAdvice|Component|ExceptionHandler)\\b")
                .matcher(handler).find(), handler);
        assertTrue(handler.contains("public boolean answers(Throwable exception)"), handler);
        assertTrue(handler.contains("public ResponseEntity<ProblemDetail> handle(Throwable exception, String acceptLanguage)"), handler);
        assertTrue(handler.contains("List.of(Locale.forLanguageTag(\"en\"), Locale.forLanguageTag(\"zh-CN\"))"), handler);
        assertTrue(handler.contains("\"urn:error-catalog:Api:\" + error.code()"), handler);
        String configuration = generated(compilation, "ApiProblemAutoConfiguration");
        assertTrue(configuration.contains("@AutoConfiguration\n@ConditionalOnWebApplication\n"), configuration);
        assertTrue(configuration.contains("@ConditionalOnMissingBean"), configuration);
        String mvc = generated(compilation, "ApiProblemMvcConfiguration");
        assertTrue(mvc.contains("type = ConditionalOnWebApplication.Type.SERVLET"), mvc);
        assertTrue(mvc.contains("resolvers.add(i + 1, "), mvc);
        String webFlux = generated(compilation, "ApiProblemWebFluxConfiguration");
        assertTrue(webFlux.contains("type = ConditionalOnWebApplication.Type.REACTIVE"), webFlux);
        assertTrue(webFlux.contains("public static final int ORDER = -2;"), webFlux);
        assertTrue(webFlux.contains("@Order(ORDER)\n    public WebExceptionHandler apiProblemWebExceptionHandler("), webFlux);
        assertEquals(AutoConfigurationImports.merge("", ALL_AUTO_CONFIGURATIONS), imports(compilation).orElseThrow());
    }

    /** Only Spring MVC on the class path: no WebFlux part, and the reverse. */
    @Test
    void generatesOnlyThePartsTheClassPathSupports() {
        Compilation mvcOnly = compileOn(classPathWithout("spring-webflux-", "reactor-core-"), List.of(SPRING), CATALOG);
        assertThat(mvcOnly).succeededWithoutWarnings();
        assertFalse(mvcOnly.generatedSourceFile(CatalogCompiler.PACKAGE + ".ApiProblemWebFluxConfiguration").isPresent());
        assertEquals(AutoConfigurationImports.merge("", List.of("com.acme.errors.ApiProblemAutoConfiguration",
                "com.acme.errors.ApiProblemMvcConfiguration")), imports(mvcOnly).orElseThrow());
        Compilation webFluxOnly = compileOn(classPathWithout("spring-webmvc-", "jakarta.servlet-api-"), List.of(SPRING), CATALOG);
        assertThat(webFluxOnly).succeededWithoutWarnings();
        assertFalse(webFluxOnly.generatedSourceFile(CatalogCompiler.PACKAGE + ".ApiProblemMvcConfiguration").isPresent());
        assertEquals(AutoConfigurationImports.merge("", List.of("com.acme.errors.ApiProblemAutoConfiguration",
                "com.acme.errors.ApiProblemWebFluxConfiguration")), imports(webFluxOnly).orElseThrow());
    }

    /** No Spring web framework, or no Spring Boot: one error on the annotation that says what to add, and no Spring code. */
    @Test
    void withoutSpringWebOrBootTheOptionIsOneError() {
        Compilation noWeb = compileOn(classPathWithout("spring-webmvc-", "spring-webflux-"), List.of(SPRING), CATALOG);
        assertErrors(noWeb, "[spring-class-path] -Aerrorcatalog.spring=true generates a Spring Boot integration, but neither "
                + "Spring MVC (org.springframework.web.servlet.DispatcherServlet) nor Spring WebFlux "
                + "(org.springframework.web.reactive.DispatcherHandler) is on the compile class path: add spring-boot-starter-webmvc "
                + "(Spring Boot 3: spring-boot-starter-web) or spring-boot-starter-webflux, or drop the option");
        assertThat(noWeb).hadErrorContaining("[spring-class-path]").inFile(CatalogCompiler.packageInfo("errors.yaml")).onLine(1);
        assertErrors(compileOn(classPathWithout("spring-boot-autoconfigure-"), List.of(SPRING), CATALOG),
                "[spring-class-path] -Aerrorcatalog.spring=true generates a Spring Boot integration, but no Spring Boot "
                        + "auto-configuration support (org.springframework.boot.autoconfigure.AutoConfiguration) is on the compile "
                        + "class path: add spring-boot-autoconfigure, or drop the option");
    }

    /**
     * A compilation without {@code @ErrorCatalog} (a module's tests, with the module's -A arguments):
     * javac counts an option as recognized only when a processor declaring it is called, so the jar's
     * "*" processor, {@link DeclaredOptions}, keeps it from warning; without it javac warns.
     */
    @Test
    void aCompilationWithoutACatalogDoesNotWarnAboutTheOptions() throws IOException {
        JavaFileObject plain = JavaFileObjects.forSourceLines("com.acme.Plain", "package com.acme;", "class Plain {}");
        List<String> options = List.of("-Xlint:all", SPRING, "-Aerrorcatalog.problemTypeBase=https://errors.acme.com/");
        assertThat(javac().withProcessors(new ErrorCatalogProcessor(), new GeneratedSpringAnnotations(), new DeclaredOptions())
                .withOptions(options).compile(plain)).succeededWithoutWarnings();
        assertThat(javac().withProcessors(new ErrorCatalogProcessor(), new GeneratedSpringAnnotations()).withOptions(options)
                .compile(plain)).hadWarningContaining("were not recognized by any processor");
        String services = new String(ErrorCatalogProcessor.class.getClassLoader()
                .getResourceAsStream("META-INF/services/javax.annotation.processing.Processor").readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(services.contains(DeclaredOptions.class.getName()), services);
    }

    private static Compilation compileOn(List<File> classPath, List<String> options, String yaml) {
        Path dir = CatalogCompiler.writeCatalog(yaml.getBytes(StandardCharsets.UTF_8));
        List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-Aerrorcatalog.dir=" + dir));
        all.addAll(options);
        return javac().withProcessors(new ErrorCatalogProcessor(), new GeneratedSpringAnnotations()).withOptions(all)
                .withClasspath(classPath).compile(CatalogCompiler.packageInfo("errors.yaml"));
    }

    /** This test's class path without the jars whose file names start with one of {@code prefixes}. */
    private static List<File> classPathWithout(String... prefixes) {
        List<File> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (List.of(prefixes).stream().noneMatch(name::startsWith)) {
                out.add(new File(entry));
            }
        }
        assertEquals(System.getProperty("java.class.path").split(File.pathSeparator).length - prefixes.length, out.size());
        return out;
    }

    @Test
    void theOutputIsTheSameOnEveryBuild() {
        Compilation first = compile(List.of(SPRING), CATALOG);
        Compilation second = compile(List.of(SPRING), CATALOG);
        for (String type : List.of("ApiProblemHandler", "ApiProblemAutoConfiguration", "ApiProblemMvcConfiguration",
                "ApiProblemWebFluxConfiguration")) {
            assertEquals(generated(first, type), generated(second, type), type);
        }
        assertEquals(imports(first), imports(second));
    }

    /** A code's {@code help} link is a member of its problem; the problem {@code type} stays the code's URI. */
    @Test
    void theHelpLinkIsAMemberOfTheProblem() throws Exception {
        Compilation compilation = compile(List.of(SPRING), CATALOG.replace("message: Ach pre checks}",
                "message: Ach pre checks, help: 'https://docs.acme.com/errors/{code}'}"));
        assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation);
        Object handler = classes.type("ApiProblemHandler").getConstructor().newInstance();
        Method handle = handler.getClass().getMethod("handle", Throwable.class, String.class);
        Object withHelp = classes.type("AchException").getMethod("achPreChecks").invoke(null);
        ProblemDetail problem = (ProblemDetail) ((ResponseEntity<?>) handle.invoke(handler, withHelp, "en")).getBody();
        assertEquals("https://docs.acme.com/errors/304900", problem.getProperties().get("help"));
        assertEquals(URI.create("urn:error-catalog:Api:304900"), problem.getType());
        Object without = classes.type("ComplianceException").getMethod("noSessionFound", Object.class).invoke(null, "s-1");
        ProblemDetail plain = (ProblemDetail) ((ResponseEntity<?>) handle.invoke(handler, without, "en")).getBody();
        assertFalse(plain.getProperties() != null && plain.getProperties().containsKey("help"), String.valueOf(plain.getProperties()));
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
                "com.acme.errors.ApiProblemMvcConfiguration",
                "com.acme.errors.ApiProblemWebFluxConfiguration",
                "com.acme.orders.ShopProblemAutoConfiguration",
                "com.acme.orders.ShopProblemMvcConfiguration",
                "com.acme.orders.ShopProblemWebFluxConfiguration",
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
        assertEquals(AutoConfigurationImports.merge("", ALL_AUTO_CONFIGURATIONS),
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
        assertTrue(importingHandler(List.of()).contains("if (exception instanceof ApiException)"));
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
