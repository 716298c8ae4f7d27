package com.acme.feat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import javax.annotation.processing.Generated;

/**
 * Compliance Errors: codes {@code 304000} to {@code 304999} (304xxx).
 *
 * <p>KYC/AML screening; Javadoc must survive *&#47;, &lt;b&gt;, &amp; and &#64;param.
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public enum ComplianceError implements FeatError {
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
     */
    NO_SESSION_FOUND,

    /**
     * {@code 304003}: &#123;amount&#125; exceeds &#123;limit&#125; (again: &#123;amount&#125;); braces &#123;&#123;literal&#125;&#125;
     *
     * <p>HTTP status 422, gRPC status {@code FAILED_PRECONDITION}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#LIMIT_EXCEEDED">https://docs.example.com/compliance#LIMIT_EXCEEDED</a>
     */
    LIMIT_EXCEEDED,

    /**
     * {@code 304004}: A code whose name is a Java keyword
     *
     * <p>HTTP status 422, gRPC status {@code FAILED_PRECONDITION}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#DEFAULT">https://docs.example.com/compliance#DEFAULT</a>
     */
    DEFAULT,

    /**
     * {@code 304005}: A code whose name is a member of the exception
     *
     * <p>HTTP status 422, gRPC status {@code FAILED_PRECONDITION}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#ERROR">https://docs.example.com/compliance#ERROR</a>
     */
    ERROR,

    /**
     * {@code 304006}: Old check
     *
     * <p>HTTP status 422, gRPC status {@code FAILED_PRECONDITION}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#OLD_CHECK">https://docs.example.com/compliance#OLD_CHECK</a>
     * @deprecated This code is deprecated.
     */
    @Deprecated
    OLD_CHECK,

    /**
     * {@code 304011}: Legacy limit
     *
     * <p>HTTP status 422, gRPC status {@code FAILED_PRECONDITION}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#LEGACY_LIMIT">https://docs.example.com/compliance#LEGACY_LIMIT</a>
     * @deprecated Since 2.3. Split by currency *&#47; &lt;b&gt;. Use {@link com.acme.feat.ComplianceError#LIMIT_EXCEEDED} instead.
     */
    @Deprecated(
            since = "2.3"
    )
    LEGACY_LIMIT,

    /**
     * {@code 304008}: &#123;who:string&#125; moved &#123;count:int&#125; of &#123;total:long&#125; worth &#123;amount:number&#125; on &#123;day:date&#125;, untyped &#123;note&#125;
     *
     * <p>HTTP status 422, gRPC status {@code FAILED_PRECONDITION}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#TYPED_VALUES">https://docs.example.com/compliance#TYPED_VALUES</a>
     */
    TYPED_VALUES,

    /**
     * {@code 304009}: &#123;count, plural, =0 &#123;No orders match&#125; one &#123;# order matches&#125; other &#123;# orders match&#125;&#125; in &#123;region&#125;
     *
     * <p>HTTP status 422, gRPC status {@code FAILED_PRECONDITION}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#ORDERS_MATCH">https://docs.example.com/compliance#ORDERS_MATCH</a>
     */
    ORDERS_MATCH,

    /**
     * {@code 304010}: &#123;role, select, admin &#123;Admins&#125; other &#123;Users&#125;&#125; may not move &#123;total:long, plural, one &#123;# item&#125; other &#123;# items &#123;&#123;max&#125;&#125;&#125;&#125;
     *
     * <p>HTTP status 422, gRPC status {@code FAILED_PRECONDITION}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#ROLE_DENIED">https://docs.example.com/compliance#ROLE_DENIED</a>
     */
    ROLE_DENIED,

    /**
     * {@code 304007}: Older check "quoted" &#92; backslash
     *
     * <p>HTTP status 422, gRPC status {@code FAILED_PRECONDITION}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/compliance#OLDER_CHECK">https://docs.example.com/compliance#OLDER_CHECK</a>
     * @deprecated Use 304006 instead
     */
    @Deprecated
    OLDER_CHECK;

    @Override
    public String sqlstate() {
        return Data.FIELD_SQLSTATE[ordinal()];
    }

    @Override
    public boolean retryable() {
        return Data.FIELD_RETRYABLE[ordinal()];
    }

    @Override
    public FeatGrpc grpc() {
        return Data.FIELD_GRPC[ordinal()];
    }

    @Override
    public OptionalInt retryAfterSeconds() {
        Integer value = Data.FIELD_RETRY_AFTER_SECONDS[ordinal()];
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    @Override
    public Optional<String> owner() {
        return Optional.ofNullable(Data.FIELD_OWNER[ordinal()]);
    }

    @Override
    public Optional<Boolean> paged() {
        return Optional.ofNullable(Data.FIELD_PAGED[ordinal()]);
    }

    @Override
    public Optional<FeatTier> tier() {
        return Optional.ofNullable(Data.FIELD_TIER[ordinal()]);
    }

    @Override
    public int code() {
        return Data.CODES[ordinal()];
    }

    @Override
    public FeatCategory category() {
        return FeatCategory.COMPLIANCE;
    }

    @Override
    public String message() {
        return Data.MESSAGES[ordinal()];
    }

    @Override
    public String message(Locale locale) {
        return FeatTexts.text(locale, 4 + ordinal(), Data.MESSAGES[ordinal()]);
    }

    @Override
    public List<String> parameters() {
        return Data.PARAMETERS.get(ordinal());
    }

    @Override
    public int httpStatus() {
        return Data.HTTP_STATUSES[ordinal()];
    }

    @Override
    public String grpcCode() {
        return Data.GRPC_NAMES[Data.GRPC_CODES.charAt(ordinal()) - 'A'];
    }

    @Override
    public boolean deprecated() {
        return Data.DEPRECATED[ordinal()];
    }

    @Override
    public Optional<FeatError> replacedBy() {
        String successor = Data.REPLACED_BY[ordinal()];
        return successor == null ? Optional.empty() : FeatErrors.find(successor);
    }

    @Override
    public Optional<String> explanation() {
        return FeatExplanations.text(null, 4 + ordinal());
    }

    @Override
    public Optional<String> explanation(Locale locale) {
        return FeatExplanations.text(locale, 4 + ordinal());
    }

    @Override
    public Optional<URI> help() {
        String link = Data.HELP[ordinal()];
        return link == null ? Optional.empty() : Optional.of(URI.create(link));
    }

    @Override
    public ComplianceException exception(Object... arguments) {
        return new ComplianceException(this, Data.TYPES[ordinal()], FeatException.arguments(this, Data.TYPES[ordinal()], arguments), null);
    }

    /**
     * Per-code data by ordinal, filled in chunks to keep every method far below javac's 64 KiB limit.
     */
    private static final class Data {
        static final int[] CODES = new int[10];

        static final int[] HTTP_STATUSES = new int[10];

        static final boolean[] DEPRECATED = new boolean[10];

        static final String[] GRPC_NAMES = {"NOT_FOUND", "FAILED_PRECONDITION"};

        /**
         * Per code, by ordinal: its gRPC status as an index into {@link #GRPC_NAMES}, {@code A} for 0.
         */
        static final String GRPC_CODES = "ABBBBBBBBB";

        /**
         * One letter per placeholder: its type, as the exception checks and formats it.
         */
        static final String[] TYPES = new String[10];

        static final String[] MESSAGES = new String[10];

        private static final String[][] PLACEHOLDERS = new String[10][];

        static final List<List<String>> PARAMETERS;

        static final String[] HELP = new String[10];

        static final String[] REPLACED_BY = new String[10];

        static final String[] FIELD_SQLSTATE = new String[10];

        static final boolean[] FIELD_RETRYABLE = new boolean[10];

        static final FeatGrpc[] FIELD_GRPC = new FeatGrpc[10];

        static final Integer[] FIELD_RETRY_AFTER_SECONDS = new Integer[10];

        static final String[] FIELD_OWNER = new String[10];

        static final Boolean[] FIELD_PAGED = new Boolean[10];

        static final FeatTier[] FIELD_TIER = new FeatTier[10];

        static {
            fill0();
            List<List<String>> parameters = new ArrayList<>(10);
            for (String[] placeholders : PLACEHOLDERS) {
                parameters.add(List.of(placeholders));
            }
            PARAMETERS = List.copyOf(parameters);
        }

        private Data() {
        }

        private static void fill0() {
            set(0, 304001, 404, false, "No session {sessionId} found", new String[] {"sessionId"}, "o", "HY000", false, FeatGrpc.INTERNAL, null, null, null, null);
            HELP[0] = "https://docs.example.com/errors/no-session";
            set(1, 304003, 422, false, "{amount} exceeds {limit} (again: {amount}); braces {{literal}}", new String[] {"amount", "limit"}, "oo", "HY000", false, FeatGrpc.INTERNAL, null, null, null, null);
            HELP[1] = "https://docs.example.com/compliance#LIMIT_EXCEEDED";
            set(2, 304004, 422, false, "A code whose name is a Java keyword", new String[] {}, "", "HY000", false, FeatGrpc.INTERNAL, null, null, null, null);
            HELP[2] = "https://docs.example.com/compliance#DEFAULT";
            set(3, 304005, 422, false, "A code whose name is a member of the exception", new String[] {}, "", "HY000", false, FeatGrpc.INTERNAL, null, null, null, null);
            HELP[3] = "https://docs.example.com/compliance#ERROR";
            set(4, 304006, 422, true, "Old check", new String[] {}, "", "HY000", false, FeatGrpc.INTERNAL, null, null, null, null);
            HELP[4] = "https://docs.example.com/compliance#OLD_CHECK";
            set(5, 304011, 422, true, "Legacy limit", new String[] {}, "", "HY000", false, FeatGrpc.INTERNAL, null, null, null, null);
            HELP[5] = "https://docs.example.com/compliance#LEGACY_LIMIT";
            REPLACED_BY[5] = "LIMIT_EXCEEDED";
            set(6, 304008, 422, false, "{who} moved {count} of {total} worth {amount} on {day}, untyped {note}", new String[] {"who", "count", "total", "amount", "day", "note"}, "silndo", "HY000", false, FeatGrpc.INTERNAL, null, null, null, null);
            HELP[6] = "https://docs.example.com/compliance#TYPED_VALUES";
            set(7, 304009, 422, false, "{count, plural, =0 {No orders match} one {# order matches} other {# orders match}} in {region}", new String[] {"count", "region"}, "io", "HY000", false, FeatGrpc.INTERNAL, null, null, null, null);
            HELP[7] = "https://docs.example.com/compliance#ORDERS_MATCH";
            set(8, 304010, 422, false, "{role, select, admin {Admins} other {Users}} may not move {total, plural, one {# item} other {# items {{max}}}}", new String[] {"role", "total"}, "sl", "HY000", false, FeatGrpc.INTERNAL, null, null, null, null);
            HELP[8] = "https://docs.example.com/compliance#ROLE_DENIED";
            set(9, 304007, 422, true, "Older check \"quoted\" \\ backslash", new String[] {}, "", "HY000", false, FeatGrpc.INTERNAL, null, null, null, null);
            HELP[9] = "https://docs.example.com/compliance#OLDER_CHECK";
        }

        private static void set(int ordinal, int code, int httpStatus, boolean deprecated,
                String message, String[] placeholders, String types, String field0, boolean field1,
                FeatGrpc field2, Integer field3, String field4, Boolean field5, FeatTier field6) {
            CODES[ordinal] = code;
            HTTP_STATUSES[ordinal] = httpStatus;
            DEPRECATED[ordinal] = deprecated;
            MESSAGES[ordinal] = message;
            PLACEHOLDERS[ordinal] = placeholders;
            TYPES[ordinal] = types;
            FIELD_SQLSTATE[ordinal] = field0;
            FIELD_RETRYABLE[ordinal] = field1;
            FIELD_GRPC[ordinal] = field2;
            FIELD_RETRY_AFTER_SECONDS[ordinal] = field3;
            FIELD_OWNER[ordinal] = field4;
            FIELD_PAGED[ordinal] = field5;
            FIELD_TIER[ordinal] = field6;
        }
    }
}
