package com.acme.feat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The categories of the Feat catalog. A category whose range lies inside another's is its child.
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public enum FeatCategory {
    /**
     * System: codes {@code -2147483648} to {@code 0} (-2147483648..0).
     */
    SYSTEM("system", -2147483648, 0, "System"),

    /**
     * Top: codes {@code 2000000000} to {@code 2147483647} (2000000000..2147483647).
     */
    TOP("top", 2000000000, 2147483647, "Top"),

    /**
     * Compliance Errors: codes {@code 304000} to {@code 304999} (304xxx).
     *
     * <p>KYC/AML screening; Javadoc must survive *&#47;, &lt;b&gt;, &amp; and &#64;param.
     */
    COMPLIANCE("compliance", 304000, 304999, "Compliance Errors"),

    /**
     * ACH Errors: codes {@code 304900} to {@code 304999} (3049xx).
     */
    ACH("ach", 304900, 304999, "ACH Errors"),

    /**
     * ACH Returns: codes {@code 304950} to {@code 304959} (304950..304959).
     */
    ACH_RETURNS("ach-returns", 304950, 304959, "ACH Returns"),

    /**
     * Platform Errors: codes {@code 900000} to {@code 999999} (9xxxxx).
     */
    PLATFORM("platform", 900000, 999999, "Platform Errors"),

    /**
     * Ledger Errors: codes {@code 600000} to {@code 699999} (6xxxxx).
     */
    LEDGER("ledger", 600000, 699999, "Ledger Errors"),

    /**
     * Posting Errors: codes {@code 610000} to {@code 619999} (61xxxx).
     */
    POSTINGS("postings", 610000, 619999, "Posting Errors");

    private final String id;

    private final int first;

    private final int last;

    private final String title;

    FeatCategory(String id, int first, int last, String title) {
        this.id = id;
        this.first = first;
        this.last = last;
        this.title = title;
    }

    /**
     * The category's id as written in the catalog, such as {@code compliance}.
     */
    public String id() {
        return id;
    }

    /**
     * The title in the default locale (en).
     */
    public String title() {
        return title;
    }

    /**
     * The title for {@code locale}: language and country, then language, then the default locale.
     */
    public String title(Locale locale) {
        return FeatTexts.text(locale, 18 + ordinal(), title);
    }

    /**
     * The first code of the range.
     */
    public int first() {
        return first;
    }

    /**
     * The last code of the range.
     */
    public int last() {
        return last;
    }

    /**
     * Whether {@code code} lies in this category's range (declared or not).
     */
    public boolean contains(int code) {
        return code >= first && code <= last;
    }

    /**
     * The narrowest category whose range contains this one's, if any.
     */
    public Optional<FeatCategory> parent() {
        switch (this) {
            case ACH: return Optional.of(COMPLIANCE);
            case ACH_RETURNS: return Optional.of(ACH);
            case POSTINGS: return Optional.of(LEDGER);
            default: return Optional.empty();
        }
    }

    /**
     * The codes declared in this category (not in its children), in declaration order.
     */
    public List<FeatError> errors() {
        return ErrorLists.BY_CATEGORY.get(ordinal());
    }

    private static final class ErrorLists {
        static final List<List<FeatError>> BY_CATEGORY = List.of(
            List.<FeatError>of(SystemError.values()),
            List.<FeatError>of(TopError.values()),
            List.<FeatError>of(ComplianceError.values()),
            List.<FeatError>of(AchError.values()),
            List.<FeatError>of(AchReturnsError.values()),
            List.<FeatError>of(PlatformError.values()),
            List.<FeatError>of(),
            List.<FeatError>of(PostingsError.values()));

        private ErrorLists() {
        }
    }
}
