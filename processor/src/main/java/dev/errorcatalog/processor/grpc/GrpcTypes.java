package dev.errorcatalog.processor.grpc;

import com.palantir.javapoet.ClassName;

/**
 * The gRPC, protobuf and Spring gRPC types the generated code uses, by name: the processor itself
 * never has them on its class path.
 */
final class GrpcTypes {
    static final ClassName STATUS = ClassName.get("io.grpc", "Status");
    static final ClassName STATUS_CODE = STATUS.nestedClass("Code");
    static final ClassName STATUS_RUNTIME_EXCEPTION = ClassName.get("io.grpc", "StatusRuntimeException");
    static final ClassName STATUS_EXCEPTION = ClassName.get("io.grpc", "StatusException");
    static final ClassName METADATA = ClassName.get("io.grpc", "Metadata");
    static final ClassName METADATA_KEY = METADATA.nestedClass("Key");
    static final ClassName SERVER_INTERCEPTOR = ClassName.get("io.grpc", "ServerInterceptor");
    static final ClassName SERVER_CALL = ClassName.get("io.grpc", "ServerCall");
    static final ClassName SERVER_CALL_LISTENER = SERVER_CALL.nestedClass("Listener");
    static final ClassName SERVER_CALL_HANDLER = ClassName.get("io.grpc", "ServerCallHandler");
    static final ClassName FORWARDING_CALL = ClassName.get("io.grpc", "ForwardingServerCall").nestedClass("SimpleForwardingServerCall");
    static final ClassName FORWARDING_LISTENER = ClassName.get("io.grpc", "ForwardingServerCallListener")
            .nestedClass("SimpleForwardingServerCallListener");
    static final ClassName CONTEXT = ClassName.get("io.grpc", "Context");
    static final ClassName CONTEXT_KEY = CONTEXT.nestedClass("Key");
    static final ClassName CONTEXTS = ClassName.get("io.grpc", "Contexts");
    static final ClassName STATUS_PROTO = ClassName.get("io.grpc.protobuf", "StatusProto");
    static final ClassName RPC_STATUS = ClassName.get("com.google.rpc", "Status");
    static final ClassName ERROR_INFO = ClassName.get("com.google.rpc", "ErrorInfo");
    static final ClassName LOCALIZED_MESSAGE = ClassName.get("com.google.rpc", "LocalizedMessage");
    static final ClassName HELP = ClassName.get("com.google.rpc", "Help");
    static final ClassName HELP_LINK = HELP.nestedClass("Link");
    static final ClassName ANY = ClassName.get("com.google.protobuf", "Any");
    static final ClassName INVALID_PROTOCOL_BUFFER = ClassName.get("com.google.protobuf", "InvalidProtocolBufferException");

    /** What must be on the compile class path for the mapping to compile: one class of each artifact. */
    static final String GRPC_API = "io.grpc.Status";
    static final String GRPC_PROTOBUF = "io.grpc.protobuf.StatusProto";
    static final String COMMON_PROTOS = "com.google.rpc.ErrorInfo";

    // Spring: the auto-configuration for Spring gRPC services
    static final ClassName GRPC_EXCEPTION_HANDLER = ClassName.get("org.springframework.grpc.server.exception", "GrpcExceptionHandler");
    static final ClassName GLOBAL_SERVER_INTERCEPTOR = ClassName.get("org.springframework.grpc.server", "GlobalServerInterceptor");
    static final ClassName AUTO_CONFIGURATION = ClassName.get("org.springframework.boot.autoconfigure", "AutoConfiguration");
    static final ClassName CONDITIONAL_ON_CLASS = ClassName.get("org.springframework.boot.autoconfigure.condition", "ConditionalOnClass");
    static final ClassName CONDITIONAL_ON_MISSING_BEAN =
            ClassName.get("org.springframework.boot.autoconfigure.condition", "ConditionalOnMissingBean");
    static final ClassName BEAN = ClassName.get("org.springframework.context.annotation", "Bean");
    static final ClassName ORDERED = ClassName.get("org.springframework.core", "Ordered");
    /** Spring gRPC's handler interface: the auto-configuration is generated when the compile class path has it. */
    static final String SPRING_GRPC = "org.springframework.grpc.server.exception.GrpcExceptionHandler";

    private GrpcTypes() {}
}
