package com.acme.feat;

import java.io.Serializable;
import javax.annotation.processing.Generated;

/**
 * The exception of category {@code ach}.
 *
 * ACH Errors: codes {@code 304900} to {@code 304999} (3049xx).
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public final class AchException extends FeatException {
    private static final long serialVersionUID = 1L;

    private static final Serializable[] NO_VALUES = {};

    private final AchError error;

    AchException(AchError error, String types, Serializable[] values, Throwable cause) {
        super(error, types, values, cause);
        this.error = error;
    }

    AchException(AchError error, Throwable cause) {
        this(error, "", NO_VALUES, cause);
    }

    @Override
    public AchError error() {
        return error;
    }

    /**
     * {@code 304900}: Ach pre checks
     *
     * <p>HTTP status 503, gRPC status {@code UNAVAILABLE}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#ACH_PRE_CHECKS">https://docs.example.com/compliance#ACH_PRE_CHECKS</a>
     * @return a new exception for {@code 304900}
     */
    public static AchException achPreChecks() {
        return new AchException(AchError.ACH_PRE_CHECKS, null);
    }

    /**
     * Like {@link #achPreChecks()}, with a cause.
     *
     * @param cause the cause
     * @return a new exception for {@code 304900}
     */
    public static AchException achPreChecks(Throwable cause) {
        return new AchException(AchError.ACH_PRE_CHECKS, cause);
    }
}
