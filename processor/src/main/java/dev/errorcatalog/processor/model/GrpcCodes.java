package dev.errorcatalog.processor.model;

import java.util.List;

/**
 * The gRPC status codes a catalog code may map to (every canonical name but {@code OK}), and the
 * code an HTTP status stands for when a code names none: the table of the gRPC integration's
 * documentation, the reverse of gRPC's own HTTP-to-gRPC mapping where one exists.
 */
public final class GrpcCodes {
    /** The canonical names, in the order of their numbers (1 to 16). */
    public static final List<String> NAMES = List.of("CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND",
            "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE",
            "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED");

    private GrpcCodes() {}

    /** The gRPC code of a catalog code that names none, by its HTTP status. */
    public static String fromHttp(int status) {
        return switch (status) {
            case 400 -> "INVALID_ARGUMENT";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NOT_FOUND";
            case 409 -> "ABORTED";
            case 412 -> "FAILED_PRECONDITION";
            case 416 -> "OUT_OF_RANGE";
            case 429 -> "RESOURCE_EXHAUSTED";
            case 499 -> "CANCELLED";
            case 501 -> "UNIMPLEMENTED";
            case 503 -> "UNAVAILABLE";
            case 504 -> "DEADLINE_EXCEEDED";
            default -> status < 500 ? "FAILED_PRECONDITION" : "INTERNAL";
        };
    }

    /**
     * Whether a code is a server-side failure, logged with its cause: what HTTP answers with a 5xx
     * ({@code INTERNAL}, {@code UNKNOWN}, {@code DATA_LOSS}, {@code UNAVAILABLE}, {@code UNIMPLEMENTED},
     * {@code DEADLINE_EXCEEDED}).
     */
    public static boolean serverSide(String name) {
        return List.of("UNKNOWN", "INTERNAL", "DATA_LOSS", "UNAVAILABLE", "UNIMPLEMENTED", "DEADLINE_EXCEEDED").contains(name);
    }
}
