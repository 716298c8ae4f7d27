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

    /**
     * The CLDR plural rule set of each catalog locale: en → en, zh-CN → zh, de → de, fr → fr.
     */
    private static final int[] PLURAL_RULES = {0, 1, 2, 3};

    private final String types;

    private final Serializable[] values;

    FeatException(FeatError error, String types, Serializable[] values, Throwable cause) {
        super(error.code() + ": " + format(error.message(), error.parameters(), types, values, DEFAULT_LOCALE, PLURAL_RULES[0]), cause);
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
        String template = error().message(locale);
        int rules = PLURAL_RULES[template == error().message() ? 0 : FeatTexts.localeIndex(locale)];
        return format(template, error().parameters(), types, values, locale, rules);
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

    /**
     * Fills placeholders and plural and select blocks, each value shown for the locale; plural
     * categories by CLDR rule set {@code rules}; doubled braces stand for single ones.
     */
    static String format(String template, List<String> parameters, String types,
            Serializable[] values, Locale locale, int rules) {
        if (template.indexOf('{') < 0 && template.indexOf('}') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        fill(out, template, 0, template.length(), parameters, types, values, locale, rules, null);
        return out.toString();
    }

    private static void fill(StringBuilder out, String t, int from, int to, List<String> parameters,
            String types, Serializable[] values, Locale locale, int rules, String number) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < to && t.charAt(i + 1) == c) {
                out.append(c);
                i++;
            } else if (c == '#' && number != null) {
                out.append(number);
            } else if (c == '{') {
                int end = end(t, i);
                int comma = t.indexOf(',', i);
                if (comma < 0 || comma > t.indexOf('}', i)) {
                    int index = parameters.indexOf(t.substring(i + 1, end));
                    out.append(index >= 0 && index < values.length ? show(types.charAt(index), values[index], locale) : t.substring(i, end + 1));
                } else {
                    block(out, t, i, comma, end, parameters, types, values, locale, rules, number);
                }
                i = end;
            } else {
                out.append(c);
            }
        }
    }

    private static int end(String t, int open) {
        int close = t.indexOf('}', open);
        int comma = t.indexOf(',', open);
        if (comma < 0 || comma > close) {
            return close;
        }
        int i = t.indexOf(',', comma + 1) + 1;
        while (true) {
            while (Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            if (t.charAt(i) == '}') {
                return i;
            }
            i = branchEnd(t, t.indexOf('{', i) + 1) + 1;
        }
    }

    private static int branchEnd(String t, int start) {
        int literals = 0;
        int i = start;
        while (true) {
            char c = t.charAt(i);
            if (c == '{') {
                if (t.charAt(i + 1) == '{') {
                    literals++;
                    i += 2;
                } else {
                    i = end(t, i) + 1;
                }
            } else if (c == '}') {
                if (literals > 0 && i + 1 < t.length() && t.charAt(i + 1) == '}') {
                    literals--;
                    i += 2;
                } else {
                    return i;
                }
            } else {
                i++;
            }
        }
    }

    private static void block(StringBuilder out, String t, int open, int comma, int end,
            List<String> parameters, String types, Serializable[] values, Locale locale, int rules,
            String number) {
        int index = parameters.indexOf(t.substring(open + 1, comma).trim());
        Serializable value = index >= 0 && index < values.length ? values[index] : null;
        int kindEnd = t.indexOf(',', comma + 1);
        boolean plural = t.substring(comma + 1, kindEnd).trim().equals("plural");
        String exact = null;
        String category;
        String shown = number;
        if (plural) {
            long n = value instanceof Number ? ((Number) value).longValue() : 0;
            exact = "=" + n;
            category = plural(rules, n);
            shown = Long.toString(n);
        } else {
            category = String.valueOf(value);
        }
        int chosen = -1;
        int other = -1;
        int i = kindEnd + 1;
        while (true) {
            while (Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            if (i >= end) {
                break;
            }
            int brace = t.indexOf('{', i);
            String selector = t.substring(i, brace).trim();
            if (selector.equals(exact)) {
                chosen = brace;
                break;
            }
            if (selector.equals(category) && chosen < 0) {
                chosen = brace;
            }
            if (selector.equals("other")) {
                other = brace;
            }
            i = branchEnd(t, brace + 1) + 1;
        }
        int from = (chosen >= 0 ? chosen : other) + 1;
        fill(out, t, from, branchEnd(t, from), parameters, types, values, locale, rules, shown);
    }

    /**
     * The CLDR plural category of {@code value} under rule set {@code rules}: 0 = en, 1 = zh, 2 = de, 3 = fr.
     */
    private static String plural(int rules, long value) {
        long n = value < 0 ? -value : value;
        switch (rules) {
            case 0:
                if (n == 1L) {
                    return "one";
                }
                return "other";
            case 1:
                return "other";
            case 2:
                if (n == 1L) {
                    return "one";
                }
                return "other";
            case 3:
                if (!(n == 0L) && Long.remainderUnsigned(n, 1000000L) == 0L) {
                    return "many";
                }
                if (((n == 0L) || (n == 1L))) {
                    return "one";
                }
                return "other";
            default:
                return "other";
        }
    }
}
