package com.acme.feat;

import java.io.Serializable;
import javax.annotation.processing.Generated;

/**
 * The exception of category {@code platform}.
 *
 * Platform Errors: codes {@code 900000} to {@code 999999} (9xxxxx).
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public final class PlatformException extends FeatException {
    private static final long serialVersionUID = 1L;

    private static final Serializable[] NO_VALUES = {};

    private final PlatformError error;

    PlatformException(PlatformError error, String types, Serializable[] values, Throwable cause) {
        super(error, types, values, cause);
        this.error = error;
    }

    PlatformException(PlatformError error, Throwable cause) {
        this(error, "", NO_VALUES, cause);
    }

    @Override
    public PlatformError error() {
        return error;
    }

    /**
     * {@code 900000}: Something went wrong
     *
     * <p>HTTP status 503, gRPC status {@code UNAVAILABLE}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/feat/900000?name=SYSTEM_ERROR&amp;x=1">https://docs.example.com/feat/900000?name=SYSTEM_ERROR&amp;x=1</a>
     * @return a new exception for {@code 900000}
     */
    public static PlatformException systemError() {
        return new PlatformException(PlatformError.SYSTEM_ERROR, null);
    }

    /**
     * Like {@link #systemError()}, with a cause.
     *
     * @param cause the cause
     * @return a new exception for {@code 900000}
     */
    public static PlatformException systemError(Throwable cause) {
        return new PlatformException(PlatformError.SYSTEM_ERROR, cause);
    }
}
