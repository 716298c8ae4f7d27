package dev.errorcatalog.processor.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.generate.Docs;
import dev.errorcatalog.processor.generate.GenerationContext;
import dev.errorcatalog.processor.generate.LocaleNegotiation;
import dev.errorcatalog.processor.generate.TypeGenerator;
import dev.errorcatalog.processor.model.JavaNames;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * {@code ApiProblemHandler}: the framework-neutral part of the Spring integration, which answers the catalog's exceptions (and those
 * of the imported catalogs without an integration of their own) with an RFC 9457 problem. It uses
 * only the public generated API ({@code error()}, {@code message(Locale)}, {@code category().title(Locale)},
 * {@code httpStatus()}, {@code code()}, {@code name()}), so it stays right whatever else the
 * generated types gain. It uses only {@code spring-web}, so Spring MVC and WebFlux share it; it is no
 * {@code @ControllerAdvice}, so no component scan finds it and it never competes with the application's
 * own {@code @ExceptionHandler}s.
 */
final class ProblemHandlerGenerator extends TypeGenerator {
    private static final TypeName LOCALES = ParameterizedTypeName.get(List.class, Locale.class);
    static final TypeName RESPONSE = ParameterizedTypeName.get(SpringTypes.RESPONSE_ENTITY, SpringTypes.PROBLEM_DETAIL);

    private final SpringIntegration integration;

    ProblemHandlerGenerator(GenerationContext context, SpringIntegration integration) {
        super(context);
        this.integration = integration;
    }

    @Override
    protected TypeSpec.Builder type() {
        List<SpringIntegration.HandledCatalog> handled = new ArrayList<>();
        handled.add(new SpringIntegration.HandledCatalog(context.packageName(), context.catalog().name(), context.catalog().locales()));
        handled.addAll(integration.imported());
        ClassName self = ClassName.get(context.packageName(), JavaNames.problemHandler(context.catalog().name()));
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(classDoc(handled))
                .addField(FieldSpec.builder(SpringTypes.LOG, "LOG", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.getLog($T.class)", SpringTypes.LOG_FACTORY, self).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Creates the handler; {@link $L} registers one.\n", JavaNames.problemAutoConfiguration(context.catalog().name()))
                        .build());
        NameAllocator names = new NameAllocator();
        List<String> localesFields = new ArrayList<>();
        for (SpringIntegration.HandledCatalog catalog : handled) {
            String localesField = names.newName(upperSnake(catalog.name()) + "_LOCALES");
            localesFields.add(localesField);
            type.addField(FieldSpec.builder(LOCALES, localesField, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The locales of the $L catalog, its default first.\n", catalog.name())
                    .initializer(locales(catalog.locales()))
                    .build());
        }
        return type.addMethod(answers(handled)).addMethod(handle(handled, localesFields)).addMethod(respond())
                .addMethod(LocaleNegotiation.negotiate(Modifier.PROTECTED, Modifier.STATIC))
                .addMethod(LocaleNegotiation.lookup(Modifier.PROTECTED, Modifier.STATIC));
    }

    private String classDoc(List<SpringIntegration.HandledCatalog> handled) {
        String auto = JavaNames.problemAutoConfiguration(context.catalog().name());
        return "Answers the exceptions of the " + context.catalog().name() + " catalog"
                + (handled.size() > 1 ? " and of the catalogs it imports" : "")
                + " (" + exceptionLinks(handled) + ") with an RFC 9457\n{@code application/problem+json} response:\n"
                + "<ul>\n"
                + "<li>{@code type}: a stable URI per code: {@code " + Docs.escape(integration.typeBase(context.catalog().name()))
                + "}<i>code</i>;\n"
                + "<li>{@code title}: the category title, {@code detail}: the filled-in message, both in the locale that\n"
                + "{@code Accept-Language} asks for among the catalog's locales (else its default locale);\n"
                + "<li>{@code status}: the code's HTTP status; {@code instance}: the request path;\n"
                + "<li>{@code code} and {@code name}: the code and its name.\n"
                + "</ul>\n"
                + "The response varies by {@code Accept-Language} and never holds the exception's cause or stack trace;\n"
                + "codes with a 5xx status are logged as warnings with them.\n\n"
                + "<p>A plain class, never found by component scanning: {@link " + auto + "} registers it (a bean of\n"
                + "this type replaces it), and the Spring MVC and WebFlux configurations beside it call it only for exceptions\n"
                + "that no {@code @ExceptionHandler} of the application answered. An application's catch-all handler can\n"
                + "hand these exceptions back: {@code if (problems.answers(e)) return problems.handle(e, acceptLanguage);}\n";
    }

    private static String exceptionLinks(List<SpringIntegration.HandledCatalog> handled) {
        StringBuilder links = new StringBuilder();
        for (SpringIntegration.HandledCatalog catalog : handled) {
            links.append(links.length() == 0 ? "" : ", ").append("{@link ").append(exception(catalog)).append('}');
        }
        return links.toString();
    }

    private static MethodSpec answers(List<SpringIntegration.HandledCatalog> handled) {
        List<CodeBlock> tests = new ArrayList<>();
        for (SpringIntegration.HandledCatalog catalog : handled) {
            tests.add(CodeBlock.of("exception instanceof $T", exception(catalog)));
        }
        return MethodSpec.methodBuilder("answers")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Throwable.class, "exception")
                .returns(boolean.class)
                .addJavadoc("Whether {@link #handle} answers this exception: it belongs to one of the catalogs above.\n\n")
                .addJavadoc("@param exception any exception\n@return whether it is one of the catalogs' exceptions\n")
                .addStatement("return $L", CodeBlock.join(tests, " || "))
                .build();
    }

    private MethodSpec handle(List<SpringIntegration.HandledCatalog> handled, List<String> localesFields) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("handle")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Throwable.class, "exception")
                .addParameter(String.class, "acceptLanguage")
                .returns(RESPONSE)
                .addJavadoc("The problem response for one of the catalogs' exceptions ({@link #answers} is true).\n\n")
                .addJavadoc("@param exception the exception\n@param acceptLanguage the request's {@code Accept-Language}, or {@code null}\n")
                .addJavadoc("@return the problem response; its {@code instance} is left for Spring to fill in with the request path\n")
                .addJavadoc("@throws IllegalArgumentException if the exception belongs to none of the catalogs\n");
        for (int i = 0; i < handled.size(); i++) {
            SpringIntegration.HandledCatalog catalog = handled.get(i);
            ClassName exception = exception(catalog);
            ClassName error = ClassName.get(catalog.packageName(), JavaNames.errorInterface(catalog.name()));
            String variable = "caught" + i;
            method.beginControlFlow("if (exception instanceof $T)", exception)
                    .addStatement("$T $N = ($T) exception", exception, variable, exception)
                    .addStatement("$T locale = negotiate(acceptLanguage, $N)", Locale.class, localesFields.get(i))
                    .addStatement("$T error = $N.error()", error, variable)
                    .addStatement("$T response = respond($N, $S + error.code(), error.code(), error.name(), "
                            + "error.category().title(locale), $N.message(locale), error.httpStatus())",
                            RESPONSE, variable, integration.typeBase(catalog.name()), variable)
                    // the code's page for people (help), beside the problem type that identifies it
                    .beginControlFlow("if (error.help().isPresent() && response.getBody() != null)")
                    .addStatement("response.getBody().setProperty($S, error.help().get().toString())", "help")
                    .endControlFlow()
                    .addStatement("return response")
                    .endControlFlow();
        }
        return method.addStatement("throw new $T($S + exception, exception)", IllegalArgumentException.class,
                "not an exception of the " + context.catalog().name() + " catalog's problem handler: ").build();
    }

    private static MethodSpec respond() {
        return MethodSpec.methodBuilder("respond")
                .addModifiers(Modifier.PROTECTED)
                .addParameter(RuntimeException.class, "exception")
                .addParameter(String.class, "type")
                .addParameter(int.class, "code")
                .addParameter(String.class, "name")
                .addParameter(String.class, "title")
                .addParameter(String.class, "detail")
                .addParameter(int.class, "status")
                .returns(RESPONSE)
                .addJavadoc("Builds the problem response and logs the failure. Override it to add members or headers.\n\n")
                .addJavadoc("@param exception the exception answered\n@param type the problem type URI\n@param code the code\n")
                .addJavadoc("@param name the code's name\n@param title the category title in the response locale\n")
                .addJavadoc("@param detail the filled-in message in the response locale\n@param status the HTTP status\n")
                .addJavadoc("@return the response: {@code application/problem+json}, {@code Vary: Accept-Language}\n")
                .beginControlFlow("if (status >= 500)")
                .addStatement("LOG.warn($S + code + $S + name + $S + status + $S, exception)", "Answered ", " ", " (HTTP ", ")")
                .nextControlFlow("else if (LOG.isDebugEnabled())")
                .addStatement("LOG.debug($S + code + $S + name + $S + status + $S + exception)", "Answered ", " ", " (HTTP ", "): ")
                .endControlFlow()
                .addStatement("$T problem = $T.forStatusAndDetail($T.valueOf(status), detail)", SpringTypes.PROBLEM_DETAIL,
                        SpringTypes.PROBLEM_DETAIL, SpringTypes.HTTP_STATUS_CODE)
                .addStatement("problem.setType($T.create(type))", URI.class)
                .addStatement("problem.setTitle(title)")
                .addStatement("problem.setProperty($S, code)", "code")
                .addStatement("problem.setProperty($S, name)", "name")
                .addStatement("$T headers = new $T()", SpringTypes.HTTP_HEADERS, SpringTypes.HTTP_HEADERS)
                .addStatement("headers.setContentType($T.APPLICATION_PROBLEM_JSON)", SpringTypes.MEDIA_TYPE)
                .addStatement("headers.add($T.VARY, $T.ACCEPT_LANGUAGE)", SpringTypes.HTTP_HEADERS, SpringTypes.HTTP_HEADERS)
                .addStatement("return $T.status(status).headers(headers).body(problem)", SpringTypes.RESPONSE_ENTITY)
                .build();
    }

    private static CodeBlock locales(List<String> tags) {
        List<CodeBlock> each = new ArrayList<>();
        for (String tag : tags) {
            each.add(CodeBlock.of("$T.forLanguageTag($S)", Locale.class, tag));
        }
        return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(each, ", "));
    }

    private static ClassName exception(SpringIntegration.HandledCatalog catalog) {
        return ClassName.get(catalog.packageName(), JavaNames.baseException(catalog.name()));
    }

    /** {@code MyApi} → {@code MY_API}. */
    private static String upperSnake(String pascal) {
        return pascal.replaceAll("(?<=[a-z0-9])(?=[A-Z])", "_").toUpperCase(Locale.ROOT);
    }
}
