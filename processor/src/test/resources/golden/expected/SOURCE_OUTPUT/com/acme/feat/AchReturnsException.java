package com.acme.feat;

import java.io.Serializable;
import javax.annotation.processing.Generated;

/**
 * The exception of category {@code ach-returns}.
 *
 * ACH Returns: codes {@code 304950} to {@code 304959} (304950..304959).
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public final class AchReturnsException extends FeatException {
    private static final long serialVersionUID = 1L;

    private final AchReturnsError error;

    AchReturnsException(AchReturnsError error, String types, Serializable[] values,
            Throwable cause) {
        super(error, types, values, cause);
        this.error = error;
    }

    @Override
    public AchReturnsError error() {
        return error;
    }

    /**
     * {@code 304950}: Returned with reason &#123;reason&#125;
     *
     * <p>HTTP status 409, gRPC status {@code ABORTED}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#RETURNED">https://docs.example.com/compliance#RETURNED</a>
     * @param reason the value of the placeholder 'reason'
     * @return a new exception for {@code 304950}
     */
    public static AchReturnsException returned(Object reason) {
        return new AchReturnsException(AchReturnsError.RETURNED, "o", new Serializable[] {String.valueOf(reason)}, null);
    }

    /**
     * Like {@link #returned(java.lang.Object)}, with a cause.
     *
     * @param reason the value of the placeholder 'reason'
     * @param cause the cause
     * @return a new exception for {@code 304950}
     */
    public static AchReturnsException returned(Object reason, Throwable cause) {
        return new AchReturnsException(AchReturnsError.RETURNED, "o", new Serializable[] {String.valueOf(reason)}, cause);
    }
}
