package com.acme.feat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import javax.annotation.processing.Generated;

/**
 * Ledger Errors: codes {@code 600000} to {@code 699999} (6xxxxx).
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public enum LedgerError implements FeatError {
    ;
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
        return FeatCategory.LEDGER;
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
        return Optional.empty();
    }

    @Override
    public LedgerException exception(Object... arguments) {
        return new LedgerException(this, Data.TYPES[ordinal()], FeatException.arguments(this, Data.TYPES[ordinal()], arguments), null);
    }

    /**
     * Per-code data by ordinal, filled in chunks to keep every method far below javac's 64 KiB limit.
     */
    private static final class Data {
        static final int[] CODES = new int[0];

        static final int[] HTTP_STATUSES = new int[0];

        static final boolean[] DEPRECATED = new boolean[0];

        static final String[] GRPC_NAMES = {};

        /**
         * Per code, by ordinal: its gRPC status as an index into {@link #GRPC_NAMES}, {@code A} for 0.
         */
        static final String GRPC_CODES = "";

        /**
         * One letter per placeholder: its type, as the exception checks and formats it.
         */
        static final String[] TYPES = new String[0];

        static final String[] MESSAGES = new String[0];

        private static final String[][] PLACEHOLDERS = new String[0][];

        static final List<List<String>> PARAMETERS;

        static final String[] FIELD_SQLSTATE = new String[0];

        static final boolean[] FIELD_RETRYABLE = new boolean[0];

        static final FeatGrpc[] FIELD_GRPC = new FeatGrpc[0];

        static final Integer[] FIELD_RETRY_AFTER_SECONDS = new Integer[0];

        static final String[] FIELD_OWNER = new String[0];

        static final Boolean[] FIELD_PAGED = new Boolean[0];

        static final FeatTier[] FIELD_TIER = new FeatTier[0];

        static {
            List<List<String>> parameters = new ArrayList<>(0);
            for (String[] placeholders : PLACEHOLDERS) {
                parameters.add(List.of(placeholders));
            }
            PARAMETERS = List.copyOf(parameters);
        }

        private Data() {
        }
    }
}
