package com.acme.feat;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Generated;

/**
 * An exception carrying a code of the Feat catalog. Its message is the code and the filled-in
 * default-locale message; {@link #message(Locale)} gives it in another locale.
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public abstract sealed class FeatException extends RuntimeException permits SystemException, TopException, ComplianceException, AchException, AchReturnsException, PlatformException, LedgerException, PostingsException {
    private static final long serialVersionUID = 1L;

    /**
     * The catalog's default locale, in which {@link #getMessage()} is written.
     */
    private static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("en");

    private final String types;

    private final Serializable[] values;

    FeatException(FeatError error, String types, Serializable[] values, Throwable cause) {
        super(error.code() + ": " + format(error.message(), error.parameters(), types, values, DEFAULT_LOCALE), cause);
        this.types = types;
        this.values = values;
    }

    /**
     * The code this exception carries.
     */
    public abstract FeatError error();

    /**
     * The numeric code, as {@code error().code()}.
     */
    public int code() {
        return error().code();
    }

    /**
     * The arguments, one per placeholder, as {@code String.valueOf} shows them: the same in every
     * locale ({@code 1234.5}, {@code 2026-01-31}); {@link #message(Locale)} formats them for a locale.
     */
    public List<String> arguments() {
        String[] strings = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            strings[i] = String.valueOf(values[i]);
        }
        return Arrays.asList(strings);
    }

    /**
     * The message for {@code locale} with the arguments filled in and formatted for that locale
     * (without the code).
     */
    public String message(Locale locale) {
        return format(error().message(locale), error().parameters(), types, values, locale);
    }

    /**
     * One argument as {@link #message(Locale)} shows it for {@code locale}: for the gRPC mapping's
     * {@code ErrorInfo} metadata, in this package.
     */
    String formattedArgument(int index, Locale locale) {
        return show(types.charAt(index), values[index], locale);
    }

    /**
     * The code and the message in the JVM's default locale.
     */
    @Override
    public String getLocalizedMessage() {
        return code() + ": " + message(Locale.getDefault());
    }

    /**
     * Checks {@code values} against the placeholders of {@code error} and keeps them serializable:
     * untyped ones as strings, typed ones as they are.
     */
    static Serializable[] arguments(FeatError error, String types, Object[] values) {
        int expected = error.parameters().size();
        if ((values == null ? 0 : values.length) != expected) {
            throw new IllegalArgumentException(error.code() + " takes " + expected + " argument(s) " + error.parameters() + ", got " + (values == null ? 0 : values.length));
        }
        Serializable[] checked = new Serializable[expected];
        for (int i = 0; i < expected; i++) {
            Object value = values[i];
            char type = types.charAt(i);
            boolean integer = value instanceof Integer || value instanceof Short || value instanceof Byte;
            boolean ok;
            switch (type) {
                case 's': ok = value == null || value instanceof String; break;
                case 'i': ok = integer; break;
                case 'l': ok = integer || value instanceof Long; break;
                case 'n': ok = value == null || value instanceof BigDecimal; break;
                case 'd': ok = value == null || value instanceof LocalDate; break;
                default: ok = true;
            }
            if (!ok) {
                throw new IllegalArgumentException(error.code() + ": argument " + (i + 1) + " {" + error.parameters().get(i) + "} must be " + typeName(type) + ", not " + (value == null ? "null" : value.getClass().getName()));
            }
            if (type == 'o') {
                checked[i] = String.valueOf(value);
            } else if (type == 'i') {
                checked[i] = ((Number) value).intValue();
            } else if (type == 'l') {
                checked[i] = ((Number) value).longValue();
            } else {
                checked[i] = (Serializable) value;
            }
        }
        return checked;
    }

    private static String typeName(char type) {
        switch (type) {
            case 's': return "a java.lang.String";
            case 'i': return "an int (Integer)";
            case 'l': return "a long (Long or Integer)";
            case 'n': return "a java.math.BigDecimal";
            case 'd': return "a java.time.LocalDate";
            default: return "any value";
        }
    }

    static String format(String template, List<String> parameters, String types,
            Serializable[] values, Locale locale) {
        if (template.indexOf('{') < 0 && template.indexOf('}') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                out.append(c);
                i++;
            } else if (c == '{') {
                int end = template.indexOf('}', i);
                int index = parameters.indexOf(template.substring(i + 1, end));
                out.append(index >= 0 && index < values.length ? show(types.charAt(index), values[index], locale) : template.substring(i, end + 1));
                i = end;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String show(char type, Serializable value, Locale locale) {
        if (type == 'n' && value instanceof BigDecimal) {
            BigDecimal number = (BigDecimal) value;
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            int scale = Math.max(0, number.scale());
            format.setMinimumFractionDigits(scale);
            format.setMaximumFractionDigits(scale);
            return format.format(number);
        }
        if (type == 'd' && value instanceof LocalDate) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format((LocalDate) value);
        }
        return String.valueOf(value);
    }
}
