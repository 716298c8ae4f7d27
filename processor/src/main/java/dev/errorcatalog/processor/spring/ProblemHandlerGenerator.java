package dev.errorcatalog.processor.spring;

import com.palantir.javapoet.AnnotationSpec;
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
 * {@code ApiProblemHandler}: the Spring MVC advice that answers the catalog's exceptions (and those
 * of the imported catalogs without an integration of their own) with an RFC 9457 problem. It uses
 * only the public generated API ({@code error()}, {@code message(Locale)}, {@code category().title(Locale)},
 * {@code httpStatus()}, {@code code()}, {@code name()}), so it stays right whatever else the
 * generated types gain.
 */
final class ProblemHandlerGenerator extends TypeGenerator {
    private static final TypeName LOCALES = ParameterizedTypeName.get(List.class, Locale.class);
    private static final TypeName RESPONSE = ParameterizedTypeName.get(SpringTypes.RESPONSE_ENTITY, SpringTypes.PROBLEM_DETAIL);

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
                .addAnnotation(SpringTypes.REST_CONTROLLER_ADVICE)
                .addAnnotation(AnnotationSpec.builder(SpringTypes.ORDER).addMember("value", "$T.LOWEST_PRECEDENCE", SpringTypes.ORDERED).build())
                .addJavadoc(classDoc(handled))
                .addField(FieldSpec.builder(SpringTypes.LOG, "LOG", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.getLog($T.class)", SpringTypes.LOG_FACTORY, self).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Creates the advice; {@link $L} registers one.\n", JavaNames.problemAutoConfiguration(context.catalog().name()))
                        .build());
        NameAllocator names = new NameAllocator();
        for (SpringIntegration.HandledCatalog catalog : handled) {
            String localesField = names.newName(upperSnake(catalog.name()) + "_LOCALES");
            type.addField(FieldSpec.builder(LOCALES, localesField, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The locales of the $L catalog, its default first.\n", catalog.name())
                    .initializer(locales(catalog.locales()))
                    .build());
            type.addMethod(handler(catalog, localesField));
        }
        return type.addMethod(respond())
                .addMethod(LocaleNegotiation.negotiate(Modifier.PROTECTED, Modifier.STATIC))
                .addMethod(LocaleNegotiation.lookup(Modifier.PROTECTED, Modifier.STATIC));
    }

    private String classDoc(List<SpringIntegration.HandledCatalog> handled) {
        StringBuilder catalogs = new StringBuilder();
        for (SpringIntegration.HandledCatalog catalog : handled) {
            catalogs.append(catalogs.length() == 0 ? "" : ", ").append("{@link ").append(exception(catalog)).append('}');
        }
        return "Answers the exceptions of the " + context.catalog().name() + " catalog"
                + (handled.size() > 1 ? " and of the catalogs it imports" : "")
                + " (" + catalogs + ") thrown by Spring MVC\nhandlers with an RFC 9457 {@code application/problem+json} response:\n"
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
                + "<p>Registered by Spring Boot auto-configuration ({@link " + JavaNames.problemAutoConfiguration(context.catalog().name())
                + "}). It has the lowest\nprecedence, so an application's own {@code @ExceptionHandler} for these exceptions (or a\n"
                + "supertype) wins; a bean of this type replaces this one.\n";
    }

    private MethodSpec handler(SpringIntegration.HandledCatalog catalog, String localesField) {
        ClassName exception = exception(catalog);
        ClassName error = ClassName.get(catalog.packageName(), JavaNames.errorInterface(catalog.name()));
        return MethodSpec.methodBuilder("handle")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(SpringTypes.EXCEPTION_HANDLER).addMember("value", "$T.class", exception).build())
                .addParameter(exception, "exception")
                .addParameter(SpringTypes.WEB_REQUEST, "request")
                .returns(RESPONSE)
                .addJavadoc("Answers an exception of the $L catalog.\n\n", catalog.name())
                .addJavadoc("@param exception the exception\n@param request the request, for its {@code Accept-Language}\n")
                .addJavadoc("@return the problem response\n")
                .addStatement("$T locale = negotiate(request.getHeader($T.ACCEPT_LANGUAGE), $N)", Locale.class,
                        SpringTypes.HTTP_HEADERS, localesField)
                .addStatement("$T error = exception.error()", error)
                .addStatement("return respond(exception, $S + error.code(), error.code(), error.name(), "
                        + "error.category().title(locale), exception.message(locale), error.httpStatus())",
                        integration.typeBase(catalog.name()))
                .build();
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
