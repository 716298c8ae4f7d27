package com.acme.feat;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.annotation.processing.Generated;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Answers the exceptions of the Feat catalog ({@link com.acme.feat.FeatException}) with an RFC 9457
 * {@code application/problem+json} response:
 * <ul>
 * <li>{@code type}: a stable URI per code: {@code urn:error-catalog:Feat:}<i>code</i>;
 * <li>{@code title}: the category title, {@code detail}: the filled-in message, both in the locale that
 * {@code Accept-Language} asks for among the catalog's locales (else its default locale);
 * <li>{@code status}: the code's HTTP status; {@code instance}: the request path;
 * <li>{@code code} and {@code name}: the code and its name.
 * </ul>
 * The response varies by {@code Accept-Language} and never holds the exception's cause or stack trace;
 * codes with a 5xx status are logged as warnings with them.
 *
 * <p>A plain class, never found by component scanning: {@link FeatProblemAutoConfiguration} registers it (a bean of
 * this type replaces it), and the Spring MVC and WebFlux configurations beside it call it only for exceptions
 * that no {@code @ExceptionHandler} of the application answered. An application's catch-all handler can
 * hand these exceptions back: {@code if (problems.answers(e)) return problems.handle(e, acceptLanguage);}
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public class FeatProblemHandler {
    private static final Log LOG = LogFactory.getLog(FeatProblemHandler.class);

    /**
     * The locales of the Feat catalog, its default first.
     */
    private static final List<Locale> FEAT_LOCALES = List.of(Locale.forLanguageTag("en"), Locale.forLanguageTag("zh-CN"), Locale.forLanguageTag("de"), Locale.forLanguageTag("fr"));

    /**
     * Creates the handler; {@link FeatProblemAutoConfiguration} registers one.
     */
    public FeatProblemHandler() {
    }

    /**
     * Whether {@link #handle} answers this exception: it belongs to one of the catalogs above.
     *
     * @param exception any exception
     * @return whether it is one of the catalogs' exceptions
     */
    public boolean answers(Throwable exception) {
        return exception instanceof FeatException;
    }

    /**
     * The problem response for one of the catalogs' exceptions ({@link #answers} is true).
     *
     * @param exception the exception
     * @param acceptLanguage the request's {@code Accept-Language}, or {@code null}
     * @return the problem response; its {@code instance} is left for Spring to fill in with the request path
     * @throws IllegalArgumentException if the exception belongs to none of the catalogs
     */
    public ResponseEntity<ProblemDetail> handle(Throwable exception, String acceptLanguage) {
        if (exception instanceof FeatException) {
            FeatException caught0 = (FeatException) exception;
            Locale locale = negotiate(acceptLanguage, FEAT_LOCALES);
            FeatError error = caught0.error();
            ResponseEntity<ProblemDetail> response = respond(caught0, "urn:error-catalog:Feat:" + error.code(), error.code(), error.name(), error.category().title(locale), caught0.message(locale), error.httpStatus());
            if (error.help().isPresent() && response.getBody() != null) {
                response.getBody().setProperty("help", error.help().get().toString());
            }
            return response;
        }
        throw new IllegalArgumentException("not an exception of the Feat catalog's problem handler: " + exception, exception);
    }

    /**
     * Builds the problem response and logs the failure. Override it to add members or headers.
     *
     * @param exception the exception answered
     * @param type the problem type URI
     * @param code the code
     * @param name the code's name
     * @param title the category title in the response locale
     * @param detail the filled-in message in the response locale
     * @param status the HTTP status
     * @return the response: {@code application/problem+json}, {@code Vary: Accept-Language}
     */
    protected ResponseEntity<ProblemDetail> respond(RuntimeException exception, String type,
            int code, String name, String title, String detail, int status) {
        if (status >= 500) {
            LOG.warn("Answered " + code + " " + name + " (HTTP " + status + ")", exception);
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("Answered " + code + " " + name + " (HTTP " + status + "): " + exception);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(URI.create(type));
        problem.setTitle(title);
        problem.setProperty("code", code);
        problem.setProperty("name", name);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    /**
     * The response locale: for the language ranges of {@code Accept-Language} by weight, the first
     * supported locale among a range's ResourceBundle candidates ({@code en-US} finds {@code en},
     * {@code zh-TW} finds {@code zh-Hant}) or by RFC 4647
     * filtering ({@code zh} finds {@code zh-CN}); else the first supported locale, the catalog's default.
     * A missing or malformed header gets the default.
     *
     * @param acceptLanguage the header, or {@code null}
     * @param supported the catalog's locales, the default first
     * @return one of {@code supported}
     */
    protected static Locale negotiate(String acceptLanguage, List<Locale> supported) {
        if (acceptLanguage != null && !acceptLanguage.trim().isEmpty()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    if (range.getWeight() == 0) {
                        continue;
                    }
                    List<Locale.LanguageRange> one = List.of(range);
                    Locale exact = lookup(range, supported);
                    if (exact != null) {
                        return exact;
                    }
                    List<Locale> wider = Locale.filter(one, supported);
                    if (!wider.isEmpty()) {
                        return wider.get(0);
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed header counts as none
            }
        }
        return supported.get(0);
    }

    /**
     * The first supported locale among the candidates {@link java.util.ResourceBundle} looks in for the
     * range's locale ({@code zh-TW} finds {@code zh-Hant}, {@code es-MX} finds {@code es}), or {@code null}.
     *
     * @param range one language range of {@code Accept-Language}
     * @param supported the catalog's locales
     * @return one of {@code supported}, or {@code null}
     */
    protected static Locale lookup(Locale.LanguageRange range, List<Locale> supported) {
        for (Locale candidate : ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_DEFAULT).getCandidateLocales("", Locale.forLanguageTag(range.getRange()))) {
            if (supported.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
