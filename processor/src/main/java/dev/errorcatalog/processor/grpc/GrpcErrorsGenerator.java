package dev.errorcatalog.processor.grpc;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.generate.GenerationContext;
import dev.errorcatalog.processor.generate.LocaleNegotiation;
import dev.errorcatalog.processor.generate.TypeGenerator;
import dev.errorcatalog.processor.model.GrpcCodes;
import dev.errorcatalog.processor.model.JavaNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.lang.model.element.Modifier;

/**
 * {@code ApiGrpcErrors} ({@code -Aerrorcatalog.grpc=true}): the catalog's exceptions as gRPC statuses
 * in Google's error model (AIP-193) on the server, and the codes read back from them on the client.
 * The status carries the code's gRPC status, the message in the default locale as its description,
 * and the details {@code ErrorInfo} (reason = the name, the catalog's domain, each placeholder's value
 * and the numeric code as metadata), {@code LocalizedMessage}, and {@code Help} (the code's help link) where the
 * code has one. The cause is never put into it.
 */
final class GrpcErrorsGenerator extends TypeGenerator {
    static final String ANSWER = "answer";
    static final String LOCALE = "locale";

    GrpcErrorsGenerator(GenerationContext context) {
        super(context);
    }

    ClassName self() {
        return ClassName.get(context.packageName(), JavaNames.grpcErrors(context.catalog().name()));
    }

    @Override
    protected TypeSpec.Builder type() {
        ClassName self = self();
        TypeName locales = ParameterizedTypeName.get(List.class, Locale.class);
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(classDoc())
                .addField(FieldSpec.builder(String.class, "DOMAIN", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The {@code ErrorInfo.domain} of every code of the catalog.\n")
                        .initializer("$S", context.catalog().domain().orElseThrow().host()).build())
                .addField(FieldSpec.builder(Logger.class, "LOG", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.getLogger($T.class.getName())", Logger.class, self).build())
                .addField(FieldSpec.builder(locales, "LOCALES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The catalog's locales, its default first.\n")
                        .initializer(locales()).build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(GrpcTypes.METADATA_KEY, ClassName.get(String.class)),
                                "ACCEPT_LANGUAGE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.of($S, $T.ASCII_STRING_MARSHALLER)", GrpcTypes.METADATA_KEY, "accept-language", GrpcTypes.METADATA)
                        .build())
                .addField(FieldSpec.builder(GrpcTypes.SERVER_INTERCEPTOR, "INTERCEPTOR", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", self.nestedClass(GrpcInterceptorTypes.INTERCEPTOR)).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(toStatus())
                .addMethod(serverInterceptor())
                .addMethod(locale())
                .addMethod(answer())
                .addMethod(serverSide())
                .addMethod(errorOf())
                .addMethod(metadataOf())
                .addMethod(errorInfo())
                .addMethod(LocaleNegotiation.negotiate(Modifier.PRIVATE, Modifier.STATIC))
                .addMethod(LocaleNegotiation.lookup(Modifier.PRIVATE, Modifier.STATIC));
        GrpcInterceptorTypes.addTo(type, self, context.baseException());
        return type;
    }

    private String classDoc() {
        String name = context.catalog().name();
        return "The exceptions of the " + name + " catalog as gRPC statuses in Google's error model (AIP-193).\n\n"
                + "<p>On the server, {@link #serverInterceptor()} answers a {@code " + JavaNames.baseException(name) + "} thrown by a\n"
                + "service method (or passed to {@code onError}) with {@link #toStatus}, in the locale the request's\n"
                + "{@code accept-language} metadata asks for among the catalog's locales; other exceptions are left to gRPC.\n"
                + "The status code is the code's {@code grpcCode()}, its description the message in the default locale;\n"
                + "its details are a {@code google.rpc.ErrorInfo} (reason: the code's name; domain: {@link #DOMAIN};\n"
                + "metadata: each placeholder's value and {@code code}, the numeric code), a {@code google.rpc.LocalizedMessage},\n"
                + "and a {@code google.rpc.Help} whose one link is the code's {@code help()} (described by its name) where it has one.\n"
                + "The cause stays on the server: server-side codes ({@code INTERNAL}, {@code UNAVAILABLE} ...) are logged\n"
                + "with it as warnings.\n\n"
                + "<p>On the client, {@link #errorOf(Throwable)} and {@link #metadataOf(Throwable)} read them back.\n";
    }

    private CodeBlock locales() {
        List<CodeBlock> each = new ArrayList<>();
        for (String tag : context.catalog().locales()) {
            each.add(CodeBlock.of("$T.forLanguageTag($S)", Locale.class, tag));
        }
        return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(each, ", "));
    }

    private MethodSpec toStatus() {
        return MethodSpec.methodBuilder("toStatus")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(context.baseException(), "exception")
                .addParameter(Locale.class, "locale")
                .returns(GrpcTypes.STATUS_RUNTIME_EXCEPTION)
                .addJavadoc("The status of a catalog exception, without its cause.\n\n")
                .addJavadoc("@param exception the exception\n")
                .addJavadoc("@param locale the locale of the {@code LocalizedMessage}: the catalog's locale that\n")
                .addJavadoc("{@code message(Locale)} would use for it (its tag is the message's locale)\n")
                .addJavadoc("@return the status, with the details in its {@code grpc-status-details-bin} trailer\n")
                .addStatement("$T error = exception.error()", context.errorInterface())
                .addStatement("$T chosen = LOCALES.contains(locale) ? locale : $N(locale.toLanguageTag(), LOCALES)",
                        Locale.class, LocaleNegotiation.NEGOTIATE)
                .addStatement("$T.Builder info = $T.newBuilder().setReason(error.name()).setDomain(DOMAIN)",
                        GrpcTypes.ERROR_INFO, GrpcTypes.ERROR_INFO)
                .addStatement("$T<$T> parameters = error.parameters()", List.class, String.class)
                .beginControlFlow("for (int i = 0; i < parameters.size(); i++)")
                .addStatement("info.putMetadata(parameters.get(i), exception.formattedArgument(i, LOCALES.get(0)))")
                .endControlFlow()
                .addStatement("info.putMetadata($S, $T.toString(error.code()))", "code", Integer.class)
                .addStatement("$T.Builder status = $T.newBuilder()\n.setCode($T.valueOf(error.grpcCode()).value())\n"
                        + ".setMessage(exception.message(LOCALES.get(0)))\n.addDetails($T.pack(info.build()))\n"
                        + ".addDetails($T.pack($T.newBuilder().setLocale(chosen.toLanguageTag()).setMessage(exception.message(chosen)).build()))",
                        GrpcTypes.RPC_STATUS, GrpcTypes.RPC_STATUS, GrpcTypes.STATUS_CODE, GrpcTypes.ANY, GrpcTypes.ANY,
                        GrpcTypes.LOCALIZED_MESSAGE)
                .beginControlFlow("if (error.help().isPresent())")
                .addStatement("status.addDetails($T.pack($T.newBuilder().addLinks($T.newBuilder()\n"
                        + ".setDescription(error.name()).setUrl(error.help().get().toString())).build()))",
                        GrpcTypes.ANY, GrpcTypes.HELP, GrpcTypes.HELP_LINK)
                .endControlFlow()
                .addStatement("return $T.toStatusRuntimeException(status.build())", GrpcTypes.STATUS_PROTO)
                .build();
    }

    private static MethodSpec serverInterceptor() {
        return MethodSpec.methodBuilder("serverInterceptor")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(GrpcTypes.SERVER_INTERCEPTOR)
                .addJavadoc("The interceptor that answers the catalog's exceptions of every call it intercepts with\n")
                .addJavadoc("{@link #toStatus}: {@code ServerInterceptors.intercept(service, serverInterceptor())}, or\n")
                .addJavadoc("{@code ServerBuilder.intercept(serverInterceptor())} for every service.\n\n")
                .addJavadoc("@return the interceptor (one instance, stateless)\n")
                .addStatement("return INTERCEPTOR")
                .build();
    }

    private static MethodSpec locale() {
        return MethodSpec.methodBuilder(LOCALE)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(GrpcTypes.METADATA, "headers")
                .returns(Locale.class)
                .addJavadoc("The catalog's locale a request asks for in its {@code accept-language} metadata, negotiated as the\n")
                .addJavadoc("Spring integration negotiates {@code Accept-Language}; the default locale without one.\n\n")
                .addJavadoc("@param headers the request's metadata\n@return one of the catalog's locales\n")
                .addStatement("return $N(headers.get(ACCEPT_LANGUAGE), LOCALES)", LocaleNegotiation.NEGOTIATE)
                .build();
    }

    private MethodSpec answer() {
        return MethodSpec.methodBuilder(ANSWER)
                .addModifiers(Modifier.STATIC)
                .addParameter(context.baseException(), "exception")
                .addParameter(Locale.class, "locale")
                .returns(GrpcTypes.STATUS_EXCEPTION)
                .addJavadoc("{@link #toStatus}, logged with its cause where the code is a server-side one; for the\n")
                .addJavadoc("interceptor and the Spring gRPC handler of this package.\n")
                .addStatement("$T status = toStatus(exception, locale)", GrpcTypes.STATUS_RUNTIME_EXCEPTION)
                .beginControlFlow("if (serverSide(status.getStatus().getCode()))")
                .addStatement("LOG.log($T.WARNING, $S + exception.code() + $S + exception.error().name() + $S + status.getStatus().getCode() + $S, exception)",
                        Level.class, "Answered ", " ", " (", ")")
                .nextControlFlow("else if (LOG.isLoggable($T.FINE))", Level.class)
                .addStatement("LOG.log($T.FINE, $S + exception.code() + $S + exception.error().name() + $S + status.getStatus().getCode() + $S + exception)",
                        Level.class, "Answered ", " ", " (", "): ")
                .endControlFlow()
                .addStatement("return new $T(status.getStatus(), status.getTrailers())", GrpcTypes.STATUS_EXCEPTION)
                .build();
    }

    /** The codes a server answers for its own failures: HTTP's 5xx. */
    private static MethodSpec serverSide() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("serverSide")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(GrpcTypes.STATUS_CODE, "code")
                .returns(boolean.class)
                .beginControlFlow("switch (code)");
        for (String name : GrpcCodes.NAMES) {
            if (GrpcCodes.serverSide(name)) {
                method.addCode("case $L:\n", name);
            }
        }
        return method.addStatement("$>return true$<").addCode("default:\n").addStatement("$>return false$<").endControlFlow().build();
    }

    private MethodSpec errorOf() {
        return MethodSpec.methodBuilder("errorOf")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(Throwable.class, "failure")
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), context.errorInterface()))
                .addJavadoc("The code of a failed call: present when {@code failure} (a {@code StatusRuntimeException} or\n")
                .addJavadoc("{@code StatusException}, or one in its causes) carries an {@code ErrorInfo} of {@link #DOMAIN} whose\n")
                .addJavadoc("reason is a name or an alias of this catalog.\n\n")
                .addJavadoc("@param failure what the call threw\n@return the code, or empty\n")
                .addStatement("$T info = errorInfo(failure)", GrpcTypes.ERROR_INFO)
                .addStatement("return info == null ? $T.empty() : $T.find(info.getReason())", Optional.class, context.registry())
                .build();
    }

    private static MethodSpec metadataOf() {
        TypeName map = ParameterizedTypeName.get(Map.class, String.class, String.class);
        return MethodSpec.methodBuilder("metadataOf")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(Throwable.class, "failure")
                .returns(map)
                .addJavadoc("The {@code ErrorInfo} metadata of a failed call of this catalog's domain: each placeholder's value\n")
                .addJavadoc("by its name, and {@code code}; empty for any other failure.\n\n")
                .addJavadoc("@param failure what the call threw\n@return the metadata, unmodifiable\n")
                .addStatement("$T info = errorInfo(failure)", GrpcTypes.ERROR_INFO)
                .addStatement("return info == null ? $T.emptyMap() : $T.unmodifiableMap(info.getMetadataMap())", Collections.class,
                        Collections.class)
                .build();
    }

    private static MethodSpec errorInfo() {
        return MethodSpec.methodBuilder("errorInfo")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(Throwable.class, "failure")
                .returns(GrpcTypes.ERROR_INFO)
                .addStatement("$T status = $T.fromThrowable(failure)", GrpcTypes.RPC_STATUS, GrpcTypes.STATUS_PROTO)
                .beginControlFlow("if (status == null)")
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("for ($T detail : status.getDetailsList())", GrpcTypes.ANY)
                .beginControlFlow("if (detail.is($T.class))", GrpcTypes.ERROR_INFO)
                .beginControlFlow("try")
                .addStatement("$T info = detail.unpack($T.class)", GrpcTypes.ERROR_INFO, GrpcTypes.ERROR_INFO)
                .addStatement("return DOMAIN.equals(info.getDomain()) ? info : null")
                .nextControlFlow("catch ($T malformed)", GrpcTypes.INVALID_PROTOCOL_BUFFER)
                .addStatement("return null")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .addStatement("return null")
                .build();
    }
}
