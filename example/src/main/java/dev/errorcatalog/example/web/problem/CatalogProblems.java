package dev.errorcatalog.example.web.problem;

import dev.errorcatalog.example.web.errors.ServiceException;
import dev.errorcatalog.upstream.ApiError;
import dev.errorcatalog.upstream.ApiException;
import dev.errorcatalog.upstream.PlatformError;
import dev.errorcatalog.upstream.SystemError;
import jakarta.servlet.ServletException;
import java.net.URI;
import java.util.Locale;
import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Turns any failure into an RFC 9457 problem response that carries a code of the upstream catalog.
 *
 * <p>The service's own catalog ({@link ServiceException}) maps the same way as the upstream one.
 *
 * <p>A problem has: {@code type} = {@code errorcatalog.problem-type-base} followed by the code
 * (a stable URI per code), {@code title} = the code's category title in the response locale,
 * {@code status}, {@code detail} = the code's message in the response locale with its arguments
 * filled in, {@code instance} = the request path, and the extension members {@code code} and
 * {@code name}. Nothing else: no exception class, message or stack trace.
 *
 * <p>How a failure maps to a code, see {@link #classify(Throwable)}.
 */
@Component
public class CatalogProblems {

    /**
     * What a failure becomes: a code, the detail, and the HTTP status (and headers) to answer with;
     * {@code unexpected} when it was no catalog exception nor a client error (a bug, to log loudly).
     */
    public record Mapping(int code, String name, String title, String detail, int status, HttpHeaders headers,
            boolean unexpected) {

        static Mapping of(ApiError error, String detail, int status, HttpHeaders headers, boolean unexpected, Locale locale) {
            return new Mapping(error.code(), error.name(), error.category().title(locale), detail, status, headers, unexpected);
        }
    }

    private final String typeBase;

    public CatalogProblems(@Value("${errorcatalog.problem-type-base:https://errors.example.dev/codes/}") String typeBase) {
        this.typeBase = typeBase.endsWith("/") ? typeBase : typeBase + "/";
    }

    /** The stable {@code type} URI of a code, e.g. {@code https://errors.example.dev/codes/304900}. */
    public URI type(int code) {
        return URI.create(typeBase + code);
    }

    /**
     * Maps a failure to a code of the catalog.
     *
     * <ul>
     * <li>A catalog exception ({@link ApiException}): its code, with the code's HTTP status and the
     * message in the response locale.
     * <li>A request Spring could not read or bind: malformed or mistyped JSON, a missing required
     * parameter or header, a parameter of the wrong type: {@code 101002 BAD_REQUEST} (400).
     * <li>Bean validation failures ({@code @Valid}): {@code 101004 INVALID_DATA} (422).
     * <li>Any other client error Spring reports itself (no such route 404, method not allowed 405,
     * not acceptable 406, payload too large 413, unsupported media type 415): {@code 101002
     * BAD_REQUEST} with Spring's status and headers (e.g. {@code Allow}), so the status stays true.
     * <li>Everything else, Spring's own 5xx included: {@code 900000 SYSTEM_ERROR} (500).
     * </ul>
     */
    public Mapping classify(Throwable failure, Locale locale) {
        Throwable t = failure;
        // a catalog exception thrown in a filter reaches the error page wrapped in a ServletException
        while (t instanceof ServletException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof ApiException e) {
            return Mapping.of(e.error(), e.message(locale), e.error().httpStatus(), HttpHeaders.EMPTY, false, locale);
        }
        if (t instanceof ServiceException e) {
            // the service's own catalog: a second generated hierarchy, the same problem shape
            return new Mapping(e.code(), e.error().name(), e.error().category().title(locale), e.message(locale),
                    e.error().httpStatus(), HttpHeaders.EMPTY, false);
        }
        if (t instanceof BindException || t instanceof HandlerMethodValidationException) {
            return of(SystemError.INVALID_DATA, locale);
        }
        if (t instanceof HttpMessageNotReadableException
                || (t instanceof TypeMismatchException && !(t instanceof ConversionNotSupportedException))) {
            return of(SystemError.BAD_REQUEST, locale);
        }
        if (t instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            return Mapping.of(SystemError.BAD_REQUEST, SystemError.BAD_REQUEST.message(locale),
                    response.getStatusCode().value(), response.getHeaders(), false, locale);
        }
        return systemError(locale);
    }

    /**
     * Maps an error status without an exception (the servlet container's error page): 4xx become
     * {@code 101002 BAD_REQUEST} with that status, anything else {@code 900000 SYSTEM_ERROR} (500).
     */
    public Mapping classify(int status, Locale locale) {
        if (status >= 400 && status < 500) {
            return Mapping.of(SystemError.BAD_REQUEST, SystemError.BAD_REQUEST.message(locale), status, HttpHeaders.EMPTY,
                    false, locale);
        }
        return systemError(locale);
    }

    /** The problem response of a mapping. */
    public ResponseEntity<ProblemDetail> response(Mapping mapping, Locale locale, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(mapping.status()), mapping.detail());
        problem.setType(type(mapping.code()));
        problem.setTitle(mapping.title());
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        problem.setProperty("code", mapping.code());
        problem.setProperty("name", mapping.name());
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(mapping.headers());
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        return ResponseEntity.status(mapping.status()).headers(headers).body(problem);
    }

    private static Mapping of(ApiError error, Locale locale) {
        // the catalog's generic codes take no arguments: the message is the template itself
        return Mapping.of(error, error.message(locale), error.httpStatus(), HttpHeaders.EMPTY, false, locale);
    }

    private static Mapping systemError(Locale locale) {
        PlatformError error = PlatformError.SYSTEM_ERROR;
        return Mapping.of(error, error.message(locale), error.httpStatus(), HttpHeaders.EMPTY, true, locale);
    }
}
