package com.acme.feat;

import java.io.Serializable;
import javax.annotation.processing.Generated;

/**
 * The exception of category {@code top}.
 *
 * Top: codes {@code 2000000000} to {@code 2147483647} (2000000000..2147483647).
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public final class TopException extends FeatException {
    private static final long serialVersionUID = 1L;

    private final TopError error;

    TopException(TopError error, String types, Serializable[] values, Throwable cause) {
        super(error, types, values, cause);
        this.error = error;
    }

    @Override
    public TopError error() {
        return error;
    }

    /**
     * {@code 2147483647}: Highest &#123;which:int&#125;
     *
     * <p>HTTP status 503, gRPC status {@code UNAVAILABLE}.
     *
     * <p>sqlstate: {@code 28000}, retryable: {@code false}, grpc: {@code NOT_FOUND}.
     *
     * @see <a href="https://docs.example.com/feat/2147483647?name=HIGHEST&amp;x=1">https://docs.example.com/feat/2147483647?name=HIGHEST&amp;x=1</a>
     * @param which the value of the placeholder 'which'
     * @return a new exception for {@code 2147483647}
     */
    public static TopException highest(int which) {
        return new TopException(TopError.HIGHEST, "i", new Serializable[] {which}, null);
    }

    /**
     * Like {@link #highest(int)}, with a cause.
     *
     * @param which the value of the placeholder 'which'
     * @param cause the cause
     * @return a new exception for {@code 2147483647}
     */
    public static TopException highest(int which, Throwable cause) {
        return new TopException(TopError.HIGHEST, "i", new Serializable[] {which}, cause);
    }
}
