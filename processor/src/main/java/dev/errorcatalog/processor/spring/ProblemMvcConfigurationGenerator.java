package dev.errorcatalog.processor.spring;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.errorcatalog.processor.generate.GenerationContext;
import dev.errorcatalog.processor.generate.TypeGenerator;
import dev.errorcatalog.processor.model.JavaNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code ApiProblemMvcConfiguration}: puts the problem handler to work in Spring MVC, generated when
 * Spring MVC is on the compile class path. It adds an exception resolver right after Spring's own
 * {@code ExceptionHandlerExceptionResolver}, the one that runs every {@code @ExceptionHandler}: the
 * application's handlers are all asked first, in whatever advice and order, and ours sees only what
 * they left. An order between advices would depend on ties between beans of equal order; a place in
 * the resolver chain does not.
 */
final class ProblemMvcConfigurationGenerator extends TypeGenerator {
    private static final TypeName CONVERTERS = ParameterizedTypeName.get(ClassName.get(List.class),
            ParameterizedTypeName.get(SpringTypes.HTTP_MESSAGE_CONVERTER, WildcardTypeName.subtypeOf(Object.class)));

    ProblemMvcConfigurationGenerator(GenerationContext context) {
        super(context);
    }

    @Override
    protected TypeSpec.Builder type() {
        String catalog = context.catalog().name();
        ClassName handler = ClassName.get(context.packageName(), JavaNames.problemHandler(catalog));
        ClassName autoConfiguration = ClassName.get(context.packageName(), JavaNames.problemAutoConfiguration(catalog));
        return TypeSpec.classBuilder(JavaNames.problemMvcConfiguration(catalog))
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(SpringTypes.WEB_MVC_CONFIGURER)
                .addAnnotation(AnnotationSpec.builder(SpringTypes.AUTO_CONFIGURATION).addMember("after", "$T.class", autoConfiguration).build())
                .addAnnotation(AnnotationSpec.builder(SpringTypes.CONDITIONAL_ON_WEB_APPLICATION)
                        .addMember("type", "$T.Type.SERVLET", SpringTypes.CONDITIONAL_ON_WEB_APPLICATION).build())
                .addAnnotation(AnnotationSpec.builder(SpringTypes.CONDITIONAL_ON_CLASS)
                        .addMember("name", "$S", SpringTypes.DISPATCHER_SERVLET).build())
                .addJavadoc("Answers the $L catalog's exceptions in Spring MVC with {@link $T}, after every {@code @ExceptionHandler}\n",
                        catalog, handler)
                .addJavadoc("of the application: its resolver comes right after Spring's {@code ExceptionHandlerExceptionResolver},\n")
                .addJavadoc("which runs them all (any advice, any {@code @Order}, a catch-all included), so an application's handler\n")
                .addJavadoc("always wins. An application that replaces Spring's resolvers ({@code configureHandlerExceptionResolvers})\n")
                .addJavadoc("gets nothing added and calls {@link $T#handle} from its own. A component scan skips this class.\n", handler)
                .addField(FieldSpec.builder(handler, "problems", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(handler, "problems")
                        .addJavadoc("Creates the configuration; Spring Boot does so.\n\n@param problems the handler that answers\n")
                        .addStatement("this.problems = problems")
                        .build())
                .addMethod(extend())
                .addMethod(resolve())
                .addMethod(write());
    }

    private static MethodSpec extend() {
        TypeName resolvers = ParameterizedTypeName.get(ClassName.get(List.class), SpringTypes.HANDLER_EXCEPTION_RESOLVER);
        return MethodSpec.methodBuilder("extendHandlerExceptionResolvers")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(resolvers, "resolvers")
                .addJavadoc("Adds the catalog's resolver right after Spring's {@code @ExceptionHandler} resolver.\n\n")
                .addJavadoc("@param resolvers Spring MVC's resolvers, in the order they are asked\n")
                .beginControlFlow("for (int i = 0; i < resolvers.size(); i++)")
                .beginControlFlow("if (resolvers.get(i) instanceof $T)", SpringTypes.EXCEPTION_HANDLER_EXCEPTION_RESOLVER)
                .addStatement("$T annotated = ($T) resolvers.get(i)", SpringTypes.EXCEPTION_HANDLER_EXCEPTION_RESOLVER,
                        SpringTypes.EXCEPTION_HANDLER_EXCEPTION_RESOLVER)
                .addStatement("resolvers.add(i + 1, (request, response, handler, exception) -> "
                        + "resolve(request, response, exception, annotated.getMessageConverters()))")
                .addStatement("return")
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    private static MethodSpec resolve() {
        return MethodSpec.methodBuilder("resolve")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(SpringTypes.SERVLET_REQUEST, "request")
                .addParameter(SpringTypes.SERVLET_RESPONSE, "response")
                .addParameter(Exception.class, "exception")
                .addParameter(CONVERTERS, "converters")
                .returns(SpringTypes.MODEL_AND_VIEW)
                .addJavadoc("Writes the problem for a catalog exception; {@code null} (not handled) for any other.\n")
                .beginControlFlow("if (!problems.answers(exception) || response.isCommitted())")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T answer = problems.handle(exception, request.getHeader($T.ACCEPT_LANGUAGE))",
                        ProblemHandlerGenerator.RESPONSE, SpringTypes.HTTP_HEADERS)
                .addStatement("$T problem = answer.getBody()", SpringTypes.PROBLEM_DETAIL)
                .addStatement("$T contentType = answer.getHeaders().getContentType()", SpringTypes.MEDIA_TYPE)
                .beginControlFlow("if (problem == null || contentType == null)")
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("if (problem.getInstance() == null)")
                .addComment("as Spring does for a ProblemDetail that a handler returns")
                .addStatement("problem.setInstance($T.create(request.getRequestURI()))", URI.class)
                .endControlFlow()
                .beginControlFlow("for ($T<?> converter : converters)", SpringTypes.HTTP_MESSAGE_CONVERTER)
                .beginControlFlow("if (converter.canWrite($T.class, contentType))", SpringTypes.PROBLEM_DETAIL)
                .addStatement("$T out = new $T(response)", SpringTypes.SERVLET_SERVER_HTTP_RESPONSE, SpringTypes.SERVLET_SERVER_HTTP_RESPONSE)
                .addStatement("out.setStatusCode(answer.getStatusCode())")
                .addStatement("answer.getHeaders().forEach((name, values) -> out.getHeaders().addAll(name, values))")
                .beginControlFlow("try")
                .addStatement("write(converter, problem, contentType, out)")
                .nextControlFlow("catch ($T e)", IOException.class)
                .addStatement("throw new $T(e)", UncheckedIOException.class)
                .endControlFlow()
                .addStatement("return new $T()", SpringTypes.MODEL_AND_VIEW)
                .endControlFlow()
                .endControlFlow()
                .addComment("no converter writes JSON: Spring Boot's error handling answers")
                .addStatement("return null")
                .build();
    }

    private static MethodSpec write() {
        return MethodSpec.methodBuilder("write")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build())
                .addParameter(ParameterizedTypeName.get(SpringTypes.HTTP_MESSAGE_CONVERTER, WildcardTypeName.subtypeOf(Object.class)),
                        "converter")
                .addParameter(SpringTypes.PROBLEM_DETAIL, "problem")
                .addParameter(SpringTypes.MEDIA_TYPE, "contentType")
                .addParameter(SpringTypes.SERVLET_SERVER_HTTP_RESPONSE, "out")
                .addException(IOException.class)
                .addJavadoc("The converter said it can write a {@code ProblemDetail}: the cast is checked by that.\n")
                .addStatement("(($T<Object>) converter).write(problem, contentType, out)", SpringTypes.HTTP_MESSAGE_CONVERTER)
                .addStatement("out.flush()")
                .build();
    }
}
