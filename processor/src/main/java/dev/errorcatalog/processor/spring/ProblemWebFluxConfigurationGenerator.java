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
import java.net.URI;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code ApiProblemWebFluxConfiguration}: puts the problem handler to work in Spring WebFlux,
 * generated when WebFlux is on the compile class path. In WebFlux the application's
 * {@code @ExceptionHandler}s run inside the {@code DispatcherHandler}, for annotated controllers and
 * functional endpoints alike; what they leave goes on to the {@code WebExceptionHandler}s in order.
 * Ours is ordered {@value #ORDER}: after all of them, and before Spring Boot's
 * {@code ErrorWebExceptionHandler} ({@code -1}), which answers everything else as it always did.
 */
final class ProblemWebFluxConfigurationGenerator extends TypeGenerator {
    static final int ORDER = -2;

    ProblemWebFluxConfigurationGenerator(GenerationContext context) {
        super(context);
    }

    @Override
    protected TypeSpec.Builder type() {
        String catalog = context.catalog().name();
        ClassName handler = ClassName.get(context.packageName(), JavaNames.problemHandler(catalog));
        ClassName autoConfiguration = ClassName.get(context.packageName(), JavaNames.problemAutoConfiguration(catalog));
        return TypeSpec.classBuilder(JavaNames.problemWebFluxConfiguration(catalog))
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(SpringTypes.AUTO_CONFIGURATION).addMember("after", "$T.class", autoConfiguration).build())
                .addAnnotation(AnnotationSpec.builder(SpringTypes.CONDITIONAL_ON_WEB_APPLICATION)
                        .addMember("type", "$T.Type.REACTIVE", SpringTypes.CONDITIONAL_ON_WEB_APPLICATION).build())
                .addAnnotation(AnnotationSpec.builder(SpringTypes.CONDITIONAL_ON_CLASS)
                        .addMember("name", "$S", SpringTypes.DISPATCHER_HANDLER).build())
                .addJavadoc("Answers the $L catalog's exceptions in Spring WebFlux with {@link $T}, from annotated controllers\n",
                        catalog, handler)
                .addJavadoc("and functional endpoints, thrown or signalled. The application's {@code @ExceptionHandler}s run first,\n")
                .addJavadoc("inside the {@code DispatcherHandler}; what they leave reaches this {@code WebExceptionHandler}, ordered\n")
                .addJavadoc("{@value #ORDER}: before Spring Boot's {@code ErrorWebExceptionHandler} ({@code -1}), which still answers\n")
                .addJavadoc("every other exception. A component scan skips this class.\n")
                .addField(FieldSpec.builder(int.class, "ORDER", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The handler's order: after the application's, before Spring Boot's ({@code -1}).\n")
                        .initializer("$L", ORDER).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Creates the configuration; Spring Boot does so.\n")
                        .build())
                .addMethod(bean(catalog, handler))
                .addMethod(answer(handler));
    }

    private static MethodSpec bean(String catalog, ClassName handler) {
        TypeName writers = ParameterizedTypeName.get(ClassName.get(List.class),
                ParameterizedTypeName.get(SpringTypes.HTTP_MESSAGE_WRITER, WildcardTypeName.subtypeOf(Object.class)));
        TypeName viewResolvers = ParameterizedTypeName.get(ClassName.get(List.class), SpringTypes.VIEW_RESOLVER);
        TypeSpec context = TypeSpec.anonymousClassBuilder("")
                .addSuperinterface(SpringTypes.SERVER_RESPONSE.nestedClass("Context"))
                .addMethod(MethodSpec.methodBuilder("messageWriters").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(writers).addStatement("return codecs.getWriters()").build())
                .addMethod(MethodSpec.methodBuilder("viewResolvers").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(viewResolvers).addStatement("return $T.of()", List.class).build())
                .build();
        return MethodSpec.methodBuilder(ProblemAutoConfigurationGenerator.lowerFirst(catalog) + "ProblemWebExceptionHandler")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(SpringTypes.BEAN)
                .addAnnotation(AnnotationSpec.builder(SpringTypes.ORDER).addMember("value", "ORDER").build())
                .addParameter(handler, "problems")
                .addParameter(SpringTypes.SERVER_CODEC_CONFIGURER, "codecs")
                .returns(SpringTypes.WEB_EXCEPTION_HANDLER)
                .addJavadoc("The exception handler that answers the catalog's exceptions and passes on every other.\n\n")
                .addJavadoc("@param problems the handler that answers\n@param codecs WebFlux's codecs, which write the problem\n")
                .addJavadoc("@return the exception handler\n")
                .addStatement("$T context = $L", SpringTypes.SERVER_RESPONSE.nestedClass("Context"), context)
                .addStatement("return (exchange, exception) -> answer(problems, context, exchange, exception)")
                .build();
    }

    private static MethodSpec answer(ClassName handler) {
        ClassName serverResponse = SpringTypes.SERVER_RESPONSE;
        return MethodSpec.methodBuilder("answer")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(handler, "problems")
                .addParameter(serverResponse.nestedClass("Context"), "context")
                .addParameter(SpringTypes.SERVER_WEB_EXCHANGE, "exchange")
                .addParameter(Throwable.class, "exception")
                .returns(ParameterizedTypeName.get(SpringTypes.MONO, ClassName.get(Void.class)))
                .addJavadoc("Writes the problem for a catalog exception; passes any other on to the next handler.\n")
                .beginControlFlow("if (!problems.answers(exception) || exchange.getResponse().isCommitted())")
                .addStatement("return $T.error(exception)", SpringTypes.MONO)
                .endControlFlow()
                .addStatement("$T answer = problems.handle(exception, exchange.getRequest().getHeaders().getFirst($T.ACCEPT_LANGUAGE))",
                        ProblemHandlerGenerator.RESPONSE, SpringTypes.HTTP_HEADERS)
                .addStatement("$T problem = answer.getBody()", SpringTypes.PROBLEM_DETAIL)
                .beginControlFlow("if (problem == null)")
                .addStatement("return $T.error(exception)", SpringTypes.MONO)
                .endControlFlow()
                .beginControlFlow("if (problem.getInstance() == null)")
                .addComment("as Spring does for a ProblemDetail that a handler returns")
                .addStatement("problem.setInstance($T.create(exchange.getRequest().getPath().value()))", URI.class)
                .endControlFlow()
                .addStatement("return $T.status(answer.getStatusCode())\n"
                        + ".headers(headers -> answer.getHeaders().forEach(headers::addAll))\n"
                        + ".bodyValue(problem)\n"
                        + ".flatMap(response -> response.writeTo(exchange, context))", serverResponse)
                .build();
    }
}
