package com.acme.feat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import javax.annotation.processing.Generated;

/**
 * System: codes {@code -2147483648} to {@code 0} (-2147483648..0).
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public enum SystemError implements FeatError {
    /**
     * {@code -2147483648}: Lowest
     *
     * <p>HTTP status 503, gRPC status {@code UNAVAILABLE}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code true}, grpc: {@code INTERNAL}, owner: {@code platform-team}, tier: {@code GOLD}.
     *
     * @see <a href="https://docs.example.com/feat/-2147483648?name=LOWEST&amp;x=1">https://docs.example.com/feat/-2147483648?name=LOWEST&amp;x=1</a>
     */
    LOWEST,

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
     */
    BUSY,

    /**
     * {@code 0}: Request succeeded
     *
     * <p>HTTP status 503, gRPC status {@code UNAVAILABLE}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}, owner: {@code platform-team}, paged: {@code true}.
     *
     * @see <a href="https://docs.example.com/feat/0?name=OK&amp;x=1">https://docs.example.com/feat/0?name=OK&amp;x=1</a>
     */
    OK;

    /**
     * An older name of {@link #BUSY}, kept so code written against it still compiles.
     *
     * @deprecated Use {@link #BUSY}.
     */
    @Deprecated
    public static final SystemError SYSTEM_BUSY = BUSY;

    /**
     * An older name of {@link #BUSY}, kept so code written against it still compiles.
     *
     * @deprecated Use {@link #BUSY}.
     */
    @Deprecated
    public static final SystemError SERVER_BUSY = BUSY;

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
        return FeatCategory.SYSTEM;
    }

    @Override
    public String message() {
        return Data.MESSAGES[ordinal()];
    }

    @Override
    public String message(Locale locale) {
        return FeatTexts.text(locale, 0 + ordinal(), Data.MESSAGES[ordinal()]);
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
        return Optional.empty();
    }

    @Override
    public Optional<String> explanation() {
        return FeatExplanations.text(null, 0 + ordinal());
    }

    @Override
    public Optional<String> explanation(Locale locale) {
        return FeatExplanations.text(locale, 0 + ordinal());
    }

    @Override
    public Optional<URI> help() {
        String link = Data.HELP[ordinal()];
        return link == null ? Optional.empty() : Optional.of(URI.create(link));
    }

    @Override
    public SystemException exception(Object... arguments) {
        return new SystemException(this, Data.TYPES[ordinal()], FeatException.arguments(this, Data.TYPES[ordinal()], arguments), null);
    }

    /**
     * Per-code data by ordinal, filled in chunks to keep every method far below javac's 64 KiB limit.
     */
    private static final class Data {
        static final int[] CODES = new int[3];

        static final int[] HTTP_STATUSES = new int[3];

        static final boolean[] DEPRECATED = new boolean[3];

        static final String[] GRPC_NAMES = {"UNAVAILABLE"};

        /**
         * Per code, by ordinal: its gRPC status as an index into {@link #GRPC_NAMES}, {@code A} for 0.
         */
        static final String GRPC_CODES = "AAA";

        /**
         * One letter per placeholder: its type, as the exception checks and formats it.
         */
        static final String[] TYPES = new String[3];

        static final String[] MESSAGES = new String[3];

        private static final String[][] PLACEHOLDERS = new String[3][];

        static final List<List<String>> PARAMETERS;

        static final String[] HELP = new String[3];

        static final String[] FIELD_SQLSTATE = new String[3];

        static final boolean[] FIELD_RETRYABLE = new boolean[3];

        static final FeatGrpc[] FIELD_GRPC = new FeatGrpc[3];

        static final Integer[] FIELD_RETRY_AFTER_SECONDS = new Integer[3];

        static final String[] FIELD_OWNER = new String[3];

        static final Boolean[] FIELD_PAGED = new Boolean[3];

        static final FeatTier[] FIELD_TIER = new FeatTier[3];

        static {
            fill0();
            List<List<String>> parameters = new ArrayList<>(3);
            for (String[] placeholders : PLACEHOLDERS) {
                parameters.add(List.of(placeholders));
            }
            PARAMETERS = List.copyOf(parameters);
        }

        private Data() {
        }

        private static void fill0() {
            set(0, -2147483648, 503, false, "Lowest", new String[] {}, "", "HY000", true, FeatGrpc.INTERNAL, null, "platform-team", null, FeatTier.GOLD);
            HELP[0] = "https://docs.example.com/feat/-2147483648?name=LOWEST&x=1";
            set(1, -1, 503, false, "System busy", new String[] {}, "", "HY000", true, FeatGrpc.INTERNAL, 2, "platform-team", null, null);
            HELP[1] = "https://docs.example.com/feat/-1?name=BUSY&x=1";
            set(2, 0, 503, false, "Request succeeded", new String[] {}, "", "HY000", false, FeatGrpc.INTERNAL, null, "platform-team", true, null);
            HELP[2] = "https://docs.example.com/feat/0?name=OK&x=1";
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
