package com.acme.feat;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.annotation.processing.Generated;

/**
 * The exception of category {@code compliance}.
 *
 * Compliance Errors: codes {@code 304000} to {@code 304999} (304xxx).
 *
 * <p>KYC/AML screening; Javadoc must survive *&#47;, &lt;b&gt;, &amp; and &#64;param.
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public final class ComplianceException extends FeatException {
    private static final long serialVersionUID = 1L;

    private static final Serializable[] NO_VALUES = {};

    private final ComplianceError error;

    ComplianceException(ComplianceError error, String types, Serializable[] values,
            Throwable cause) {
        super(error, types, values, cause);
        this.error = error;
    }

    ComplianceException(ComplianceError error, Throwable cause) {
        this(error, "", NO_VALUES, cause);
    }

    @Override
    public ComplianceError error() {
        return error;
    }

    /**
     * {@code 304001}: No session &#123;sessionId&#125; found
     *
     * <p>The session expired or never existed.
     *
     * <p>HTTP status 404, gRPC status {@code NOT_FOUND}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/errors/no-session">https://docs.example.com/errors/no-session</a>
     * @param sessionId the value of the placeholder 'sessionId'
     * @return a new exception for {@code 304001}
     */
    public static ComplianceException noSessionFound(Object sessionId) {
        return new ComplianceException(ComplianceError.NO_SESSION_FOUND, "o", new Serializable[] {String.valueOf(sessionId)}, null);
    }

    /**
     * Like {@link #noSessionFound(java.lang.Object)}, with a cause.
     *
     * @param sessionId the value of the placeholder 'sessionId'
     * @param cause the cause
     * @return a new exception for {@code 304001}
     */
    public static ComplianceException noSessionFound(Object sessionId, Throwable cause) {
        return new ComplianceException(ComplianceError.NO_SESSION_FOUND, "o", new Serializable[] {String.valueOf(sessionId)}, cause);
    }

    /**
     * {@code 304003}: &#123;amount&#125; exceeds &#123;limit&#125; (again: &#123;amount&#125;); braces &#123;&#123;literal&#125;&#125;
     *
     * <p>HTTP status 422, gRPC status {@code FAILED_PRECONDITION}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#LIMIT_EXCEEDED">https://docs.example.com/compliance#LIMIT_EXCEEDED</a>
     * @param amount the value of the placeholder 'amount'
     * @param limit the value of the placeholder 'limit'
     * @return a new exception for {@code 304003}
     */
    public static ComplianceException limitExceeded(Object amount, Object limit) {
        return new ComplianceException(ComplianceError.LIMIT_EXCEEDED, "oo", new Serializable[] {String.valueOf(amount), String.valueOf(limit)}, null);
    }

    /**
     * Like {@link #limitExceeded(java.lang.Object, java.lang.Object)}, with a cause.
     *
     * @param amount the value of the placeholder 'amount'
     * @param limit the value of the placeholder 'limit'
     * @param cause the cause
     * @return a new exception for {@code 304003}
     */
    public static ComplianceException limitExceeded(Object amount, Object limit, Throwable cause) {
        return new ComplianceException(ComplianceError.LIMIT_EXCEEDED, "oo", new Serializable[] {String.valueOf(amount), String.valueOf(limit)}, cause);
    }

    /**
     * {@code 304004}: A code whose name is a Java keyword
     *
     * <p>HTTP status 422, gRPC status {@code FAILED_PRECONDITION}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#DEFAULT">https://docs.example.com/compliance#DEFAULT</a>
     * @return a new exception for {@code 304004}
     */
    public static ComplianceException default_() {
        return new ComplianceException(ComplianceError.DEFAULT, null);
    }

    /**
     * Like {@link #default_()}, with a cause.
     *
     * @param cause the cause
     * @return a new exception for {@code 304004}
     */
    public static ComplianceException default_(Throwable cause) {
        return new ComplianceException(ComplianceError.DEFAULT, cause);
    }

    /**
     * {@code 304005}: A code whose name is a member of the exception
     *
     * <p>HTTP status 422, gRPC status {@code FAILED_PRECONDITION}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#ERROR">https://docs.example.com/compliance#ERROR</a>
     * @return a new exception for {@code 304005}
     */
    public static ComplianceException error_() {
        return new ComplianceException(ComplianceError.ERROR, null);
    }

    /**
     * Like {@link #error_()}, with a cause.
     *
     * @param cause the cause
     * @return a new exception for {@code 304005}
     */
    public static ComplianceException error_(Throwable cause) {
        return new ComplianceException(ComplianceError.ERROR, cause);
    }

    /**
     * {@code 304006}: Old check
     *
     * <p>HTTP status 422, gRPC status {@code FAILED_PRECONDITION}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#OLD_CHECK">https://docs.example.com/compliance#OLD_CHECK</a>
     * @deprecated This code is deprecated.
     * @return a new exception for {@code 304006}
     */
    @Deprecated
    public static ComplianceException oldCheck() {
        return new ComplianceException(ComplianceError.OLD_CHECK, null);
    }

    /**
     * Like {@link #oldCheck()}, with a cause.
     *
     * @deprecated This code is deprecated.
     * @param cause the cause
     * @return a new exception for {@code 304006}
     */
    @Deprecated
    public static ComplianceException oldCheck(Throwable cause) {
        return new ComplianceException(ComplianceError.OLD_CHECK, cause);
    }

    /**
     * {@code 304011}: Legacy limit
     *
     * <p>HTTP status 422, gRPC status {@code FAILED_PRECONDITION}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#LEGACY_LIMIT">https://docs.example.com/compliance#LEGACY_LIMIT</a>
     * @deprecated Since 2.3. Split by currency *&#47; &lt;b&gt;. Use {@link com.acme.feat.ComplianceError#LIMIT_EXCEEDED} instead.
     * @return a new exception for {@code 304011}
     */
    @Deprecated(
            since = "2.3"
    )
    public static ComplianceException legacyLimit() {
        return new ComplianceException(ComplianceError.LEGACY_LIMIT, null);
    }

    /**
     * Like {@link #legacyLimit()}, with a cause.
     *
     * @deprecated Since 2.3. Split by currency *&#47; &lt;b&gt;. Use {@link com.acme.feat.ComplianceError#LIMIT_EXCEEDED} instead.
     * @param cause the cause
     * @return a new exception for {@code 304011}
     */
    @Deprecated(
            since = "2.3"
    )
    public static ComplianceException legacyLimit(Throwable cause) {
        return new ComplianceException(ComplianceError.LEGACY_LIMIT, cause);
    }

    /**
     * {@code 304008}: &#123;who:string&#125; moved &#123;count:int&#125; of &#123;total:long&#125; worth &#123;amount:number&#125; on &#123;day:date&#125;, untyped &#123;note&#125;
     *
     * <p>HTTP status 422, gRPC status {@code FAILED_PRECONDITION}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#TYPED_VALUES">https://docs.example.com/compliance#TYPED_VALUES</a>
     * @param who the value of the placeholder 'who'
     * @param count the value of the placeholder 'count'
     * @param total the value of the placeholder 'total'
     * @param amount the value of the placeholder 'amount'
     * @param day the value of the placeholder 'day'
     * @param note the value of the placeholder 'note'
     * @return a new exception for {@code 304008}
     */
    public static ComplianceException typedValues(String who, int count, long total,
            BigDecimal amount, LocalDate day, Object note) {
        return new ComplianceException(ComplianceError.TYPED_VALUES, "silndo", new Serializable[] {who, count, total, amount, day, String.valueOf(note)}, null);
    }

    /**
     * Like {@link #typedValues(java.lang.String, int, long, java.math.BigDecimal, java.time.LocalDate, java.lang.Object)}, with a cause.
     *
     * @param who the value of the placeholder 'who'
     * @param count the value of the placeholder 'count'
     * @param total the value of the placeholder 'total'
     * @param amount the value of the placeholder 'amount'
     * @param day the value of the placeholder 'day'
     * @param note the value of the placeholder 'note'
     * @param cause the cause
     * @return a new exception for {@code 304008}
     */
    public static ComplianceException typedValues(String who, int count, long total,
            BigDecimal amount, LocalDate day, Object note, Throwable cause) {
        return new ComplianceException(ComplianceError.TYPED_VALUES, "silndo", new Serializable[] {who, count, total, amount, day, String.valueOf(note)}, cause);
    }

    /**
     * {@code 304009}: &#123;count, plural, =0 &#123;No orders match&#125; one &#123;# order matches&#125; other &#123;# orders match&#125;&#125; in &#123;region&#125;
     *
     * <p>HTTP status 422, gRPC status {@code FAILED_PRECONDITION}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#ORDERS_MATCH">https://docs.example.com/compliance#ORDERS_MATCH</a>
     * @param count the value of the placeholder 'count'
     * @param region the value of the placeholder 'region'
     * @return a new exception for {@code 304009}
     */
    public static ComplianceException ordersMatch(int count, Object region) {
        return new ComplianceException(ComplianceError.ORDERS_MATCH, "io", new Serializable[] {count, String.valueOf(region)}, null);
    }

    /**
     * Like {@link #ordersMatch(int, java.lang.Object)}, with a cause.
     *
     * @param count the value of the placeholder 'count'
     * @param region the value of the placeholder 'region'
     * @param cause the cause
     * @return a new exception for {@code 304009}
     */
    public static ComplianceException ordersMatch(int count, Object region, Throwable cause) {
        return new ComplianceException(ComplianceError.ORDERS_MATCH, "io", new Serializable[] {count, String.valueOf(region)}, cause);
    }

    /**
     * {@code 304010}: &#123;role, select, admin &#123;Admins&#125; other &#123;Users&#125;&#125; may not move &#123;total:long, plural, one &#123;# item&#125; other &#123;# items &#123;&#123;max&#125;&#125;&#125;&#125;
     *
     * <p>HTTP status 422, gRPC status {@code FAILED_PRECONDITION}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#ROLE_DENIED">https://docs.example.com/compliance#ROLE_DENIED</a>
     * @param role the value of the placeholder 'role'
     * @param total the value of the placeholder 'total'
     * @return a new exception for {@code 304010}
     */
    public static ComplianceException roleDenied(String role, long total) {
        return new ComplianceException(ComplianceError.ROLE_DENIED, "sl", new Serializable[] {role, total}, null);
    }

    /**
     * Like {@link #roleDenied(java.lang.String, long)}, with a cause.
     *
     * @param role the value of the placeholder 'role'
     * @param total the value of the placeholder 'total'
     * @param cause the cause
     * @return a new exception for {@code 304010}
     */
    public static ComplianceException roleDenied(String role, long total, Throwable cause) {
        return new ComplianceException(ComplianceError.ROLE_DENIED, "sl", new Serializable[] {role, total}, cause);
    }

    /**
     * {@code 304007}: Older check "quoted" &#92; backslash
     *
     * <p>HTTP status 422, gRPC status {@code FAILED_PRECONDITION}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#OLDER_CHECK">https://docs.example.com/compliance#OLDER_CHECK</a>
     * @deprecated Use 304006 instead
     * @return a new exception for {@code 304007}
     */
    @Deprecated
    public static ComplianceException olderCheck() {
        return new ComplianceException(ComplianceError.OLDER_CHECK, null);
    }

    /**
     * Like {@link #olderCheck()}, with a cause.
     *
     * @deprecated Use 304006 instead
     * @param cause the cause
     * @return a new exception for {@code 304007}
     */
    @Deprecated
    public static ComplianceException olderCheck(Throwable cause) {
        return new ComplianceException(ComplianceError.OLDER_CHECK, cause);
    }
}
