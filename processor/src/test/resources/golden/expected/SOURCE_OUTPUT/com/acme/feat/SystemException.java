package com.acme.feat;

import java.io.Serializable;
import javax.annotation.processing.Generated;

/**
 * The exception of category {@code system}.
 *
 * System: codes {@code -2147483648} to {@code 0} (-2147483648..0).
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public final class SystemException extends FeatException {
    private static final long serialVersionUID = 1L;

    private static final Serializable[] NO_VALUES = {};

    private final SystemError error;

    SystemException(SystemError error, String types, Serializable[] values, Throwable cause) {
        super(error, types, values, cause);
        this.error = error;
    }

    SystemException(SystemError error, Throwable cause) {
        this(error, "", NO_VALUES, cause);
    }

    @Override
    public SystemError error() {
        return error;
    }

    /**
     * {@code -2147483648}: Lowest
     *
     * <p>HTTP status 503, gRPC status {@code UNAVAILABLE}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code true}, grpc: {@code INTERNAL}, owner: {@code platform-team}, tier: {@code GOLD}.
     *
     * @see <a href="https://docs.example.com/feat/-2147483648?name=LOWEST&amp;x=1">https://docs.example.com/feat/-2147483648?name=LOWEST&amp;x=1</a>
     * @return a new exception for {@code -2147483648}
     */
    public static SystemException lowest() {
        return new SystemException(SystemError.LOWEST, null);
    }

    /**
     * Like {@link #lowest()}, with a cause.
     *
     * @param cause the cause
     * @return a new exception for {@code -2147483648}
     */
    public static SystemException lowest(Throwable cause) {
        return new SystemException(SystemError.LOWEST, cause);
    }

    /**
     * {@code -1}: System busy
     *
     * <p>HTTP status 503, gRPC status {@code UNAVAILABLE}.
     *
     * <p>Formerly {@code SYSTEM_BUSY}, {@code SERVER_BUSY}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code true}, grpc: {@code INTERNAL}, retry-after-seconds: {@code 2}, owner: {@code platform-team}.
     *
     * @see <a href="https://docs.example.com/feat/-1?name=BUSY&amp;x=1">https://docs.example.com/feat/-1?name=BUSY&amp;x=1</a>
     * @return a new exception for {@code -1}
     */
    public static SystemException busy() {
        return new SystemException(SystemError.BUSY, null);
    }

    /**
     * Like {@link #busy()}, with a cause.
     *
     * @param cause the cause
     * @return a new exception for {@code -1}
     */
    public static SystemException busy(Throwable cause) {
        return new SystemException(SystemError.BUSY, cause);
    }

    /**
     * The factory of {@code BUSY}'s older name {@code SYSTEM_BUSY}.
     *
     * @deprecated Use {@link #busy()}.
     * @return a new exception for {@code -1}
     */
    @Deprecated
    public static SystemException systemBusy() {
        return SystemException.busy();
    }

    /**
     * The factory of {@code BUSY}'s older name {@code SYSTEM_BUSY}.
     *
     * @deprecated Use {@link #busy(Throwable)}.
     * @param cause the cause
     * @return a new exception for {@code -1}
     */
    @Deprecated
    public static SystemException systemBusy(Throwable cause) {
        return SystemException.busy(cause);
    }

    /**
     * The factory of {@code BUSY}'s older name {@code SERVER_BUSY}.
     *
     * @deprecated Use {@link #busy()}.
     * @return a new exception for {@code -1}
     */
    @Deprecated
    public static SystemException serverBusy() {
        return SystemException.busy();
    }

    /**
     * The factory of {@code BUSY}'s older name {@code SERVER_BUSY}.
     *
     * @deprecated Use {@link #busy(Throwable)}.
     * @param cause the cause
     * @return a new exception for {@code -1}
     */
    @Deprecated
    public static SystemException serverBusy(Throwable cause) {
        return SystemException.busy(cause);
    }

    /**
     * {@code 0}: Request succeeded
     *
     * <p>HTTP status 503, gRPC status {@code UNAVAILABLE}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}, owner: {@code platform-team}, paged: {@code true}.
     *
     * @see <a href="https://docs.example.com/feat/0?name=OK&amp;x=1">https://docs.example.com/feat/0?name=OK&amp;x=1</a>
     * @return a new exception for {@code 0}
     */
    public static SystemException ok() {
        return new SystemException(SystemError.OK, null);
    }

    /**
     * Like {@link #ok()}, with a cause.
     *
     * @param cause the cause
     * @return a new exception for {@code 0}
     */
    public static SystemException ok(Throwable cause) {
        return new SystemException(SystemError.OK, cause);
    }
}
