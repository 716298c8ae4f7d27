package dev.errorcatalog.processor.grpc;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.errorcatalog.processor.generate.GenerationContext;
import dev.errorcatalog.processor.generate.TypeGenerator;
import dev.errorcatalog.processor.model.JavaNames;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * {@code ApiGrpcAutoConfiguration} (both {@code -Aerrorcatalog.grpc=true} and {@code -Aerrorcatalog.spring=true},
 * Spring gRPC on the compile class path): registers, for every Spring gRPC service, a
 * {@code GrpcExceptionHandler} that answers the catalog's exceptions as {@code ApiGrpcErrors} does,
 * and a global interceptor that negotiates each call's {@code accept-language} into the gRPC
 * {@code Context} for it (a {@code GrpcExceptionHandler} sees only the exception). Listed in the
 * auto-configuration imports file, never component-scanned; the handler is ordered last, so an
 * application's own {@code GrpcExceptionHandler} that answers a catalog exception wins, and a bean of
 * either nested type replaces the generated one.
 */
final class GrpcAutoConfigurationGenerator extends TypeGenerator {
    private final ClassName errors;

    GrpcAutoConfigurationGenerator(GenerationContext context, ClassName errors) {
        super(context);
        this.errors = errors;
    }

    @Override
    protected TypeSpec.Builder type() {
        String catalog = context.catalog().name();
        ClassName self = ClassName.get(context.packageName(), JavaNames.grpcAutoConfiguration(catalog));
        ClassName interceptor = self.nestedClass("LocaleInterceptor");
        ClassName handler = self.nestedClass("ExceptionHandler");
        String prefix = Character.toLowerCase(catalog.charAt(0)) + catalog.substring(1);
        TypeVariableName req = TypeVariableName.get("ReqT");
        TypeVariableName resp = TypeVariableName.get("RespT");
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(GrpcTypes.AUTO_CONFIGURATION)
                .addAnnotation(AnnotationSpec.builder(GrpcTypes.CONDITIONAL_ON_CLASS)
                        .addMember("value", "$T.class", GrpcTypes.GRPC_EXCEPTION_HANDLER).build())
                .addJavadoc("Answers the $L catalog's exceptions thrown by Spring gRPC services as {@link $T} does, in the locale\n",
                        catalog, errors)
                .addJavadoc("each call's {@code accept-language} asks for. Registered by Spring Boot auto-configuration.\n\n")
                .addJavadoc("<p>The handler has the lowest precedence: an application's own {@code GrpcExceptionHandler} that\n")
                .addJavadoc("answers a catalog exception (a non-null status) wins; a bean of {@link ExceptionHandler} or\n")
                .addJavadoc("{@link LocaleInterceptor} replaces the generated one.\n")
                .addField(FieldSpec.builder(ParameterizedTypeName.get(GrpcTypes.CONTEXT_KEY, ClassName.get(Locale.class)), "LOCALE",
                                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.key($S)", GrpcTypes.CONTEXT, "error-catalog." + catalog + ".locale").build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Creates the configuration; Spring Boot does.\n").build())
                .addMethod(MethodSpec.methodBuilder(prefix + "GrpcLocaleInterceptor")
                        .addModifiers(Modifier.PUBLIC)
                        .addAnnotation(GrpcTypes.BEAN)
                        .addAnnotation(GrpcTypes.GLOBAL_SERVER_INTERCEPTOR)
                        .addAnnotation(GrpcTypes.CONDITIONAL_ON_MISSING_BEAN)
                        .returns(interceptor)
                        .addJavadoc("The interceptor that negotiates each call's locale.\n\n@return the interceptor\n")
                        .addStatement("return new $T()", interceptor)
                        .build())
                .addMethod(MethodSpec.methodBuilder(prefix + "GrpcExceptionHandler")
                        .addModifiers(Modifier.PUBLIC)
                        .addAnnotation(GrpcTypes.BEAN)
                        .addAnnotation(GrpcTypes.CONDITIONAL_ON_MISSING_BEAN)
                        .returns(handler)
                        .addJavadoc("The handler of the catalog's exceptions.\n\n@return the handler\n")
                        .addStatement("return new $T()", handler)
                        .build())
                .addType(TypeSpec.classBuilder(interceptor)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addSuperinterface(GrpcTypes.SERVER_INTERCEPTOR)
                        .addSuperinterface(GrpcTypes.ORDERED)
                        .addJavadoc("Puts the locale negotiated from the call's {@code accept-language} into its gRPC {@code Context};\n")
                        .addJavadoc("first of the interceptors, so the exception handler runs inside it.\n")
                        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                                .addJavadoc("Creates the interceptor.\n").build())
                        .addMethod(MethodSpec.methodBuilder("getOrder").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                                .returns(int.class).addStatement("return $T.HIGHEST_PRECEDENCE", GrpcTypes.ORDERED).build())
                        .addMethod(MethodSpec.methodBuilder("interceptCall")
                                .addAnnotation(Override.class)
                                .addModifiers(Modifier.PUBLIC)
                                .addTypeVariable(req).addTypeVariable(resp)
                                .returns(ParameterizedTypeName.get(GrpcTypes.SERVER_CALL_LISTENER, req))
                                .addParameter(ParameterizedTypeName.get(GrpcTypes.SERVER_CALL, req, resp), "call")
                                .addParameter(GrpcTypes.METADATA, "headers")
                                .addParameter(ParameterizedTypeName.get(GrpcTypes.SERVER_CALL_HANDLER, req, resp), "next")
                                .addStatement("return $T.interceptCall($T.current().withValue(LOCALE, $T.$N(headers)), call, headers, next)",
                                        GrpcTypes.CONTEXTS, GrpcTypes.CONTEXT, errors, GrpcErrorsGenerator.LOCALE)
                                .build())
                        .build())
                .addType(TypeSpec.classBuilder(handler)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addSuperinterface(GrpcTypes.GRPC_EXCEPTION_HANDLER)
                        .addSuperinterface(GrpcTypes.ORDERED)
                        .addJavadoc("Answers the catalog's exceptions; {@code null} (not handled) for any other.\n")
                        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                                .addJavadoc("Creates the handler.\n").build())
                        .addMethod(MethodSpec.methodBuilder("getOrder").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                                .returns(int.class).addStatement("return $T.LOWEST_PRECEDENCE", GrpcTypes.ORDERED).build())
                        .addMethod(MethodSpec.methodBuilder("handleException")
                                .addAnnotation(Override.class)
                                .addModifiers(Modifier.PUBLIC)
                                .addParameter(Throwable.class, "exception")
                                .returns(GrpcTypes.STATUS_EXCEPTION)
                                .beginControlFlow("if (!(exception instanceof $T))", context.baseException())
                                .addStatement("return null")
                                .endControlFlow()
                                .addStatement("$T locale = LOCALE.get()", Locale.class)
                                .addStatement("return $T.$N(($T) exception, locale != null ? locale : $T.$N(new $T()))", errors,
                                        GrpcErrorsGenerator.ANSWER, context.baseException(), errors, GrpcErrorsGenerator.LOCALE,
                                        GrpcTypes.METADATA)
                                .build())
                        .build());
    }
}
