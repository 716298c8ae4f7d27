package com.acme.feat;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import javax.annotation.processing.Generated;

/**
 * An error code of the Feat catalog.
 *
 * <p>Every constant of the category enums implements this; look codes up with {@link FeatErrors}.
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public sealed interface FeatError permits SystemError, TopError, ComplianceError, AchError, AchReturnsError, PlatformError, LedgerError, PostingsError {
    /**
     * The numeric code, such as {@code 304001}.
     */
    int code();

    /**
     * The code's name, such as {@code NO_SESSION_FOUND}.
     */
    String name();

    /**
     * The category that declares the code.
     */
    FeatCategory category();

    /**
     * The message template in the default locale (en), placeholders unfilled and written {@code {name}}.
     */
    String message();

    /**
     * The message template for {@code locale}: language and country, then language, then the default locale.
     */
    String message(Locale locale);

    /**
     * The placeholders of the message, in order of first appearance.
     */
    List<String> parameters();

    /**
     * The HTTP status that goes with the code.
     */
    int httpStatus();

    /**
     * The name of the gRPC status code that goes with the code, such as {@code NOT_FOUND}: its own
     * {@code grpc-code}, else its category's, else the catalog's, else the one its HTTP status stands for.
     */
    String grpcCode();

    /**
     * Whether the code is deprecated.
     */
    boolean deprecated();

    /**
     * The code to use instead of this deprecated one; empty if the catalog names none.
     */
    Optional<FeatError> replacedBy();

    /**
     * Why the code happens and what a caller should do, in CommonMark, in the default locale (en); empty if
     * the catalog gives none.
     */
    Optional<String> explanation();

    /**
     * The explanation for {@code locale}, resolved as {@link #message(Locale)} is; empty if the catalog
     * gives none.
     */
    Optional<String> explanation(Locale locale);

    /**
     * The page about this code: its own {@code help}, else its category's or the catalog's; empty if none.
     */
    Optional<URI> help();

    /**
     * A new exception for this code, with one argument per placeholder: for a typed placeholder a
     * {@code String}, an {@code Integer}, a {@code Long} (or {@code Integer}), a {@code java.math.BigDecimal} or a
     * {@code java.time.LocalDate}; for an untyped one any value.
     *
     * @throws IllegalArgumentException if the number of arguments differs from {@link #parameters()}, or an
     * argument is not of its placeholder's type (the message names it)
     */
    FeatException exception(Object... arguments);

    /**
     * The field {@code sqlstate}: SQLSTATE for SQL clients *&#47; &lt;b&gt;.
     *
     * <p>The code's own value, else its category's, else that of the categories around it, else {@code HY000}.
     */
    String sqlstate();

    /**
     * The field {@code retryable}.
     *
     * <p>The code's own value, else its category's, else that of the categories around it, else {@code false}.
     */
    boolean retryable();

    /**
     * The field {@code grpc}.
     *
     * <p>The code's own value, else its category's, else that of the categories around it, else {@code INTERNAL}.
     */
    FeatGrpc grpc();

    /**
     * The field {@code retry-after-seconds}.
     *
     * <p>The code's own value, else its category's, else that of the categories around it; empty if none sets it.
     */
    OptionalInt retryAfterSeconds();

    /**
     * The field {@code owner}.
     *
     * <p>The code's own value, else its category's, else that of the categories around it; empty if none sets it.
     */
    Optional<String> owner();

    /**
     * The field {@code paged}.
     *
     * <p>The code's own value, else its category's, else that of the categories around it; empty if none sets it.
     */
    Optional<Boolean> paged();

    /**
     * The field {@code tier}.
     *
     * <p>The code's own value, else its category's, else that of the categories around it; empty if none sets it.
     */
    Optional<FeatTier> tier();
}
