package dev.errorcatalog.processor.grpc;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import javax.lang.model.element.Modifier;

/**
 * The nested types of {@code ApiGrpcErrors} behind {@code serverInterceptor()}. A catalog exception
 * reaches gRPC two ways: thrown from a listener callback (a unary method throws in
 * {@code onHalfClose}), where gRPC would cancel the call as {@code UNKNOWN}; or given to
 * {@code onError}, which closes the call with {@code UNKNOWN} and the exception as the status's cause.
 * The listener catches the first, the call's {@code close} replaces the second; anything else passes
 * through untouched.
 */
final class GrpcInterceptorTypes {
    static final String INTERCEPTOR = "CatalogInterceptor";
    static final String CALL = "AnsweringCall";
    static final String LISTENER = "AnsweringListener";

    private static final TypeVariableName REQ = TypeVariableName.get("ReqT");
    private static final TypeVariableName RESP = TypeVariableName.get("RespT");

    private GrpcInterceptorTypes() {}

    static void addTo(TypeSpec.Builder outer, ClassName self, ClassName exception) {
        ClassName call = self.nestedClass(CALL);
        ClassName listener = self.nestedClass(LISTENER);
        outer.addType(interceptor(call, listener, exception))
                .addType(call(self, exception))
                .addType(listener(call, exception));
    }

    private static TypeSpec interceptor(ClassName call, ClassName listener, ClassName exception) {
        TypeName listenerOfReq = ParameterizedTypeName.get(GrpcTypes.SERVER_CALL_LISTENER, REQ);
        return TypeSpec.classBuilder(INTERCEPTOR)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(GrpcTypes.SERVER_INTERCEPTOR)
                .addMethod(MethodSpec.methodBuilder("interceptCall")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addTypeVariable(REQ).addTypeVariable(RESP)
                        .returns(listenerOfReq)
                        .addParameter(ParameterizedTypeName.get(GrpcTypes.SERVER_CALL, REQ, RESP), "call")
                        .addParameter(GrpcTypes.METADATA, "headers")
                        .addParameter(ParameterizedTypeName.get(GrpcTypes.SERVER_CALL_HANDLER, REQ, RESP), "next")
                        .addStatement("$T answering = new $T<>(call, headers)", ParameterizedTypeName.get(call, REQ, RESP), call)
                        .addStatement("$T started", listenerOfReq)
                        .beginControlFlow("try")
                        .addStatement("started = next.startCall(answering, headers)")
                        .nextControlFlow("catch ($T e)", exception)
                        .addStatement("answering.answer(e)")
                        .addStatement("return new $T() {}", listenerOfReq)
                        .endControlFlow()
                        .addStatement("return new $T<>(started, answering)", listener)
                        .build())
                .build();
    }

    /** @param outer the mapping class, whose static {@code answer} the call's own {@code answer} would hide */
    private static TypeSpec call(ClassName outer, ClassName exception) {
        return TypeSpec.classBuilder(CALL)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addTypeVariable(REQ).addTypeVariable(RESP)
                .superclass(ParameterizedTypeName.get(GrpcTypes.FORWARDING_CALL, REQ, RESP))
                .addField(GrpcTypes.METADATA, "headers", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(ParameterizedTypeName.get(GrpcTypes.SERVER_CALL, REQ, RESP), "call")
                        .addParameter(GrpcTypes.METADATA, "headers")
                        .addStatement("super(call)")
                        .addStatement("this.headers = headers")
                        .build())
                .addMethod(MethodSpec.methodBuilder("close")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(GrpcTypes.STATUS, "status")
                        .addParameter(GrpcTypes.METADATA, "trailers")
                        .beginControlFlow("if (status.getCause() instanceof $T)", exception)
                        .addStatement("answer(($T) status.getCause())", exception)
                        .nextControlFlow("else")
                        .addStatement("super.close(status, trailers)")
                        .endControlFlow()
                        .build())
                .addMethod(MethodSpec.methodBuilder("answer")
                        .addParameter(exception, "exception")
                        .addStatement("$T answer = $T.$N(exception, $T.$N(headers))", GrpcTypes.STATUS_EXCEPTION, outer,
                                GrpcErrorsGenerator.ANSWER, outer, GrpcErrorsGenerator.LOCALE)
                        .addStatement("super.close(answer.getStatus(), answer.getTrailers())")
                        .build())
                .build();
    }

    private static TypeSpec listener(ClassName call, ClassName exception) {
        TypeSpec.Builder type = TypeSpec.classBuilder(LISTENER)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addTypeVariable(REQ)
                .superclass(ParameterizedTypeName.get(GrpcTypes.FORWARDING_LISTENER, REQ))
                .addField(ParameterizedTypeName.get(call, REQ, WildcardTypeName.subtypeOf(Object.class)), "call",
                        Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(ParameterizedTypeName.get(GrpcTypes.SERVER_CALL_LISTENER, REQ), "listener")
                        .addParameter(ParameterizedTypeName.get(call, REQ, WildcardTypeName.subtypeOf(Object.class)), "call")
                        .addStatement("super(listener)")
                        .addStatement("this.call = call")
                        .build())
                .addMethod(MethodSpec.methodBuilder("onMessage")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(REQ, "message")
                        .beginControlFlow("try")
                        .addStatement("super.onMessage(message)")
                        .nextControlFlow("catch ($T e)", exception)
                        .addStatement("call.answer(e)")
                        .endControlFlow()
                        .build());
        for (String callback : new String[] {"onHalfClose", "onReady"}) {
            type.addMethod(MethodSpec.methodBuilder(callback)
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .beginControlFlow("try")
                    .addStatement("super.$N()", callback)
                    .nextControlFlow("catch ($T e)", exception)
                    .addStatement("call.answer(e)")
                    .endControlFlow()
                    .build());
        }
        return type.build();
    }
}
