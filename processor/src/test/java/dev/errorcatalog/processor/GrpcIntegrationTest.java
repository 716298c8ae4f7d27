package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.errorcatalog.processor.DiagnosticAssertions.assertErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.processor.spring.AutoConfigurationImports;
import dev.errorcatalog.processor.spring.GeneratedSpringAnnotations;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * {@code -Aerrorcatalog.grpc=true}: the generated mapping (and with Spring on, its auto-configuration)
 * compiles warning-free against grpc-java and Spring gRPC; the AIP-193 rules and the missing class
 * path are one clear error each, at their line and column. What the mapping answers on the wire is
 * proven by {@code grpc-test/}.
 */
class GrpcIntegrationTest {
    private static final String GRPC = "-Aerrorcatalog.grpc=true";
    private static final String SPRING = "-Aerrorcatalog.spring=true";
    private static final String CATALOG = CatalogCompiler.lines(
            "catalog: Api",
            "domain: api.acme.com",
            "locales: [en, de]",
            "categories:",
            "  - id: orders",
            "    title: Orders",
            "    range: 304xxx",
            "    grpc-code: NOT_FOUND",
            "    codes:",
            "      - {code: 304001, name: NO_ORDER, message: 'No order {orderId} in {region}', http: 404}",
            "      - {code: 304002, name: ORDER_LOCKED, message: Locked, http: 409, grpc-code: ABORTED}",
            "  - id: payments",
            "    title: Payments",
            "    range: 305xxx",
            "    codes:",
            "      - {code: 305001, name: PAYMENT_DOWN, message: Down, http: 503}",
            "      - {code: 305002, name: PAYMENT_LIMIT, message: Limit, http: 402}");

    private static Compilation compile(List<String> options, String yaml, boolean withClassPath) {
        // without: the test's class path without grpc, protobuf and the common protos
        return compile(options, yaml, withClassPath ? "" : "(grpc-|protobuf-|proto-google-common-protos|spring-grpc).*");
    }

    /** @param without the jars (a regular expression on their file names) left off the test's class path, if any */
    private static Compilation compile(List<String> options, String yaml, String without) {
        Path dir = CatalogCompiler.writeCatalog(yaml.getBytes(StandardCharsets.UTF_8));
        List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-Aerrorcatalog.dir=" + dir));
        all.addAll(options);
        var compiler = javac().withProcessors(new ErrorCatalogProcessor(), new GeneratedSpringAnnotations()).withOptions(all);
        if (!without.isEmpty()) {
            compiler = compiler.withClasspath(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .map(File::new)
                    .filter(entry -> !entry.getName().matches(without))
                    .collect(Collectors.toList()));
        }
        return compiler.compile(CatalogCompiler.packageInfo("errors.yaml"));
    }

    private static String generated(Compilation compilation, String type) {
        try {
            return compilation.generatedSourceFile(CatalogCompiler.PACKAGE + "." + type).orElseThrow().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theMappingCompilesWarningFreeAndGrpcCodeIsAlwaysGenerated() throws Exception {
        Compilation compilation = compile(List.of(GRPC), CATALOG, true);
        assertThat(compilation).succeededWithoutWarnings();
        String mapping = generated(compilation, "ApiGrpcErrors");
        assertTrue(mapping.contains("public static final String DOMAIN = \"api.acme.com\";"), mapping);
        assertTrue(mapping.contains("public static StatusRuntimeException toStatus(ApiException exception, Locale locale)"), mapping);
        assertFalse(compilation.generatedSourceFile(CatalogCompiler.PACKAGE + ".ApiGrpcAutoConfiguration").isPresent());

        GeneratedClasses classes = new GeneratedClasses(compilation);
        List<String> codes = new ArrayList<>();
        for (Object error : (List<?>) classes.callStatic("ApiErrors", "all")) {
            codes.add(classes.type("ApiError").getMethod("grpcCode").invoke(error).toString());
        }
        // NOT_FOUND from the category, ABORTED its own, 503 → UNAVAILABLE, another 4xx → FAILED_PRECONDITION
        assertEquals(List.of("NOT_FOUND", "ABORTED", "UNAVAILABLE", "FAILED_PRECONDITION"), codes);
    }

    @Test
    void withoutTheOptionGrpcCodeStillWorksAndNoMappingIsGenerated() {
        Compilation compilation = compile(List.of(), CATALOG, false);
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(generated(compilation, "ApiError").contains("String grpcCode();"));
        assertFalse(compilation.generatedSourceFile(CatalogCompiler.PACKAGE + ".ApiGrpcErrors").isPresent());
    }

    @Test
    void withSpringTooAnAutoConfigurationIsListedInTheImportsFile() throws IOException {
        Compilation compilation = compile(List.of(GRPC, SPRING), CATALOG, true);
        assertThat(compilation).succeededWithoutWarnings();
        String configuration = generated(compilation, "ApiGrpcAutoConfiguration");
        assertTrue(configuration.contains("@ConditionalOnClass(GrpcExceptionHandler.class)"), configuration);
        String imports = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, AutoConfigurationImports.PATH).orElseThrow()
                .getCharContent(true).toString();
        assertTrue(imports.contains(CatalogCompiler.PACKAGE + ".ApiGrpcAutoConfiguration"), imports);
        assertTrue(imports.contains(CatalogCompiler.PACKAGE + ".ApiProblemAutoConfiguration"), imports);
    }

    @Test
    void aSpringGrpcApplicationWithoutSpringWebGetsOnlyTheGrpcAutoConfiguration() throws IOException {
        Compilation compilation = compile(List.of(GRPC, SPRING), CATALOG, "spring-(webmvc|webflux)-.*");
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(compilation.generatedSourceFile(CatalogCompiler.PACKAGE + ".ApiGrpcAutoConfiguration").isPresent());
        assertFalse(compilation.generatedSourceFile(CatalogCompiler.PACKAGE + ".ApiProblemHandler").isPresent());
        String imports = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, AutoConfigurationImports.PATH).orElseThrow()
                .getCharContent(true).toString();
        assertEquals(CatalogCompiler.PACKAGE + ".ApiGrpcAutoConfiguration", imports.lines().filter(l -> !l.startsWith("#")).findFirst()
                .orElseThrow(), imports);

        // without gRPC, the same class path is the Spring integration's one clear error
        assertThat(compile(List.of(SPRING), CATALOG, "spring-(webmvc|webflux)-.*")).hadErrorContaining("[spring-class-path]");
    }

    @Test
    void theHelpLinkIsAGoogleRpcHelpDetailWhereTheCodeHasOne() {
        Compilation compilation = compile(List.of(GRPC), CATALOG, true);
        String mapping = generated(compilation, "ApiGrpcErrors");
        assertTrue(mapping.contains("if (error.help().isPresent())"), mapping);
        assertTrue(mapping.contains("Help.newBuilder().addLinks(Help.Link.newBuilder()"), mapping);
    }

    @Test
    void withoutGrpcOnTheClassPathItIsOneClearError() {
        Compilation compilation = compile(List.of(GRPC), CATALOG, false);
        assertErrors(compilation, "[grpc-missing] -Aerrorcatalog.grpc=true needs gRPC on the compile class path, but io.grpc.Status "
                + "(io.grpc:grpc-api) is missing; add io.grpc:grpc-protobuf (it brings grpc-api and proto-google-common-protos), "
                + "or drop the option");
        assertThat(compilation).hadErrorContainingMatch("grpc-missing").inFile(compilation.sourceFiles().get(0)).onLineContaining("@dev.errorcatalog.ErrorCatalog");
    }

    @Test
    void theAip193RulesAreErrorsAtTheirLineAndColumn() {
        String longName = "A" + "_B".repeat(31); // 63 characters: allowed
        String tooLong = longName + "C";
        Compilation compilation = compile(List.of(GRPC), CatalogCompiler.lines(
                "catalog: Api",
                "domain: not a host",
                "categories:",
                "  - id: orders",
                "    title: Orders",
                "    range: 304xxx",
                "    codes:",
                "      - {code: 304001, name: " + longName + ", message: Fine}",
                "      - {code: 304002, name: " + tooLong + ", message: Long}",
                "      - {code: 304003, name: SNAKE, message: 'No {order_id}'}",
                "      - {code: 304004, name: LONG_KEY, message: 'No {a" + "b".repeat(64) + "}'}",
                "      - {code: 304005, name: CODE_KEY, message: 'Code {code}'}"), true);
        assertErrors(compilation,
                "errors.yaml:2:9: [grpc-rule] domain 'not a host' is not a host name, which Google's error model (AIP-193) does not allow "
                        + "with -Aerrorcatalog.grpc=true; write the service's DNS name, such as shop.acme.com",
                "errors.yaml:9:30: [grpc-rule] name '" + tooLong + "' has 64 characters, but an ErrorInfo reason has at most 63, which "
                        + "Google's error model (AIP-193) does not allow with -Aerrorcatalog.grpc=true; shorten it",
                "errors.yaml:10:46: [grpc-rule] placeholder 'order_id' of code 304003 is not lowerCamelCase, as ErrorInfo metadata keys are, "
                        + "which Google's error model (AIP-193) does not allow with -Aerrorcatalog.grpc=true; rename it, e.g. orderId",
                "errors.yaml:11:49: [grpc-rule] placeholder 'a" + "b".repeat(64) + "' of code 304004 has 65 characters, but an ErrorInfo "
                        + "metadata key has at most 64",
                "errors.yaml:12:49: [grpc-rule] placeholder 'code' of code 304005 would hide the metadata entry 'code', the numeric code, "
                        + "which Google's error model (AIP-193) does not allow with -Aerrorcatalog.grpc=true; rename it, e.g. statusCode");
    }

    @Test
    void theDomainIsRequiredWithTheOption() {
        Compilation compilation = compile(List.of(GRPC), CATALOG.replace("domain: api.acme.com\n", ""), true);
        assertErrors(compilation, "errors.yaml:1:1: [missing-key] the catalog needs 'domain' (-Aerrorcatalog.grpc=true puts it in every "
                + "ErrorInfo), e.g. domain: shop.acme.com");
    }

    @Test
    void aGrpcCodeThatIsNoStatusIsAnErrorWithASuggestion() {
        Compilation compilation = compile(List.of(), CATALOG.replace("grpc-code: NOT_FOUND", "grpc-code: not-found")
                .replace("grpc-code: ABORTED", "grpc-code: OK"), false);
        assertErrors(compilation,
                "errors.yaml:8:16: [grpc-code] grpc-code 'not-found' is not a gRPC status: write a canonical name other than OK, such as "
                        + "NOT_FOUND, INVALID_ARGUMENT or FAILED_PRECONDITION (did you mean 'NOT_FOUND'?)",
                "errors.yaml:11:83: [grpc-code] grpc-code 'OK' is not a gRPC status");
    }
}
