package com.acme.feat;

import java.io.Serializable;
import javax.annotation.processing.Generated;

/**
 * The exception of category {@code postings}.
 *
 * Posting Errors: codes {@code 610000} to {@code 619999} (61xxxx).
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public final class PostingsException extends FeatException {
    private static final long serialVersionUID = 1L;

    private static final Serializable[] NO_VALUES = {};

    private final PostingsError error;

    PostingsException(PostingsError error, String types, Serializable[] values, Throwable cause) {
        super(error, types, values, cause);
        this.error = error;
    }

    PostingsException(PostingsError error, Throwable cause) {
        this(error, "", NO_VALUES, cause);
    }

    @Override
    public PostingsError error() {
        return error;
    }

    /**
     * {@code 610001}: Posting rejected
     *
     * <p>HTTP status 503, gRPC status {@code UNAVAILABLE}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/feat/610001?name=POSTING_REJECTED&amp;x=1">https://docs.example.com/feat/610001?name=POSTING_REJECTED&amp;x=1</a>
     * @return a new exception for {@code 610001}
     */
    public static PostingsException postingRejected() {
        return new PostingsException(PostingsError.POSTING_REJECTED, null);
    }

    /**
     * Like {@link #postingRejected()}, with a cause.
     *
     * @param cause the cause
     * @return a new exception for {@code 610001}
     */
    public static PostingsException postingRejected(Throwable cause) {
        return new PostingsException(PostingsError.POSTING_REJECTED, cause);
    }
}
