package com.acme.feat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import javax.annotation.processing.Generated;

/**
 * Posting Errors: codes {@code 610000} to {@code 619999} (61xxxx).
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public enum PostingsError implements FeatError {
    /**
     * {@code 610001}: Posting rejected
     *
     * <p>HTTP status 503, gRPC status {@code UNAVAILABLE}.
     *
     * <p>sqlstate: {@code HY000}, retryable: {@code false}, grpc: {@code INTERNAL}.
     *
     * @see <a href="https://docs.example.com/feat/610001?name=POSTING_REJECTED&amp;x=1">https://docs.example.com/feat/610001?name=POSTING_REJECTED&amp;x=1</a>
     */
    POSTING_REJECTED;

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
        return FeatCategory.POSTINGS;
    }

    @Override
    public String message() {
        return Data.MESSAGES[ordinal()];
    }

    @Override
    public String message(Locale locale) {
        return FeatTexts.text(locale, 17 + ordinal(), Data.MESSAGES[ordinal()]);
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
        return FeatExplanations.text(null, 17 + ordinal());
    }

    @Override
    public Optional<String> explanation(Locale locale) {
        return FeatExplanations.text(locale, 17 + ordinal());
    }

    @Override
    public Optional<URI> help() {
        String link = Data.HELP[ordinal()];
        return link == null ? Optional.empty() : Optional.of(URI.create(link));
    }

    @Override
    public PostingsException exception(Object... arguments) {
        return new PostingsException(this, Data.TYPES[ordinal()], FeatException.arguments(this, Data.TYPES[ordinal()], arguments), null);
    }

    /**
     * Per-code data by ordinal, filled in chunks to keep every method far below javac's 64 KiB limit.
     */
    private static final class Data {
        static final int[] CODES = new int[1];

        static final int[] HTTP_STATUSES = new int[1];

        static final boolean[] DEPRECATED = new boolean[1];

        static final String[] GRPC_NAMES = {"UNAVAILABLE"};

        /**
         * Per code, by ordinal: its gRPC status as an index into {@link #GRPC_NAMES}, {@code A} for 0.
         */
        static final String GRPC_CODES = "A";

        /**
         * One letter per placeholder: its type, as the exception checks and formats it.
         */
        static final String[] TYPES = new String[1];

        static final String[] MESSAGES = new String[1];

        private static final String[][] PLACEHOLDERS = new String[1][];

        static final List<List<String>> PARAMETERS;

        static final String[] HELP = new String[1];

        static final String[] FIELD_SQLSTATE = new String[1];

        static final boolean[] FIELD_RETRYABLE = new boolean[1];

        static final FeatGrpc[] FIELD_GRPC = new FeatGrpc[1];

        static final Integer[] FIELD_RETRY_AFTER_SECONDS = new Integer[1];

        static final String[] FIELD_OWNER = new String[1];

        static final Boolean[] FIELD_PAGED = new Boolean[1];

        static final FeatTier[] FIELD_TIER = new FeatTier[1];

        static {
            fill0();
            List<List<String>> parameters = new ArrayList<>(1);
            for (String[] placeholders : PLACEHOLDERS) {
                parameters.add(List.of(placeholders));
            }
            PARAMETERS = List.copyOf(parameters);
        }

        private Data() {
        }

        private static void fill0() {
            set(0, 610001, 503, false, "Posting rejected", new String[] {}, "", "HY000", false, FeatGrpc.INTERNAL, null, null, null, null);
            HELP[0] = "https://docs.example.com/feat/610001?name=POSTING_REJECTED&x=1";
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
