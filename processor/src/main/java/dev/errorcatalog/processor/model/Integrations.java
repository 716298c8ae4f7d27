package dev.errorcatalog.processor.model;

/**
 * Which optional integrations the processor generates for a catalog: each adds types whose names
 * must not clash with the catalog's own ({@link GeneratedNames}).
 *
 * @param spring {@code -Aerrorcatalog.spring=true}: the problem handler and its auto-configurations (MVC, WebFlux)
 * @param grpc the gRPC status mapping {@code <Catalog>GrpcErrors}
 */
public record Integrations(boolean spring, boolean grpc) {
    public static final Integrations NONE = new Integrations(false, false);
    /** Every integration: for callers that must avoid every name the processor could ever write. */
    public static final Integrations ALL = new Integrations(true, true);
}
