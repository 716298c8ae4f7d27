package dev.errorcatalog.processor.grpc;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.generate.GenerationContext;
import dev.errorcatalog.processor.generate.TypeGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code -Aerrorcatalog.grpc=true}: the gRPC mapping of a catalog, and with the Spring integration on
 * too and Spring gRPC on the compile class path, its Spring Boot auto-configuration.
 */
public final class GrpcSupport {
    private final List<TypeGenerator> generators = new ArrayList<>();
    private final Optional<String> autoConfiguration;

    /**
     * @param spring whether the Spring integration is on
     * @param onClassPath whether the compile class path has a class, by qualified name
     */
    public GrpcSupport(GenerationContext context, boolean spring, Predicate<String> onClassPath) {
        GrpcErrorsGenerator errors = new GrpcErrorsGenerator(context);
        generators.add(errors);
        if (spring && onClassPath.test(GrpcTypes.SPRING_GRPC)) {
            GrpcAutoConfigurationGenerator configuration = new GrpcAutoConfigurationGenerator(context, errors.self());
            generators.add(configuration);
            autoConfiguration = Optional.of(configuration.qualifiedName());
        } else {
            autoConfiguration = Optional.empty();
        }
    }

    /** One {@code [grpc-missing]} error naming the first artifact whose class the compile class path lacks. */
    public static Optional<Diagnostic> missing(Predicate<String> onClassPath) {
        String[][] needed = {
            {GrpcTypes.GRPC_API, "io.grpc:grpc-api"},
            {GrpcTypes.GRPC_PROTOBUF, "io.grpc:grpc-protobuf"},
            {GrpcTypes.COMMON_PROTOS, "com.google.api.grpc:proto-google-common-protos"},
        };
        for (String[] each : needed) {
            if (!onClassPath.test(each[0])) {
                return Optional.of(Diagnostic.of(DiagnosticKind.GRPC_MISSING, null, each[0] + " (" + each[1] + ")"));
            }
        }
        return Optional.empty();
    }

    /** The Spring Boot auto-configuration's qualified name, when one is generated: the imports file lists it. */
    public Optional<String> autoConfiguration() {
        return autoConfiguration;
    }

    public List<TypeGenerator> generators() {
        return List.copyOf(generators);
    }
}
