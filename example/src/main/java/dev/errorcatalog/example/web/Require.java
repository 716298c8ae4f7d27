package dev.errorcatalog.example.web;

import dev.errorcatalog.upstream.SystemException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Checks of request values that fail with {@code 101004 INVALID_DATA} (422). */
public final class Require {

    private static final Pattern ASSET = Pattern.compile("[A-Z]{3,5}");

    private Require() {
    }

    /** The value, stripped: it must be there and not blank. */
    public static String text(String value) {
        if (value == null || value.isBlank()) {
            throw SystemException.invalidData();
        }
        return value.strip();
    }

    /** The value: it must be there (a JSON field that was left out). */
    public static <T> T present(T value) {
        if (value == null) {
            throw SystemException.invalidData();
        }
        return value;
    }

    /** The amount: it must be there and greater than zero. */
    public static BigDecimal positive(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw SystemException.invalidData();
        }
        return amount;
    }

    /** A currency or asset symbol: 3 to 5 capital letters ({@code USD}, {@code BTC}, {@code USDC}). */
    public static String asset(String symbol) {
        if (symbol == null || !ASSET.matcher(symbol).matches()) {
            throw SystemException.invalidData();
        }
        return symbol;
    }
}
