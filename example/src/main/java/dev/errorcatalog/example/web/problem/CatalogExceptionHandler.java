package dev.errorcatalog.example.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place that answers failures of the controllers (and of Spring MVC itself: no such route,
 * unreadable body, missing parameter...): every one becomes an {@code application/problem+json}
 * response with a catalog code, see {@link CatalogProblems}. Unknown failures are logged here with
 * their stack trace and answered as {@code 900000 SYSTEM_ERROR} without any of it.
 */
@RestControllerAdvice
public class CatalogExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(CatalogExceptionHandler.class);

    private final CatalogProblems problems;

    public CatalogExceptionHandler(CatalogProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> handle(Exception failure, HttpServletRequest request, Locale locale) {
        CatalogProblems.Mapping mapping = problems.classify(failure, locale);
        log(failure, mapping, request.getMethod(), request.getRequestURI());
        return problems.response(mapping, locale, request.getRequestURI());
    }

    /**
     * Unexpected failures are logged as errors with their stack trace, catalog server errors (5xx)
     * as warnings with it (their cause may tell why), client errors only at debug level.
     */
    static void log(Throwable failure, CatalogProblems.Mapping mapping, String method, String uri) {
        int code = mapping.code();
        String name = mapping.name();
        if (mapping.unexpected()) {
            log.error("{} {} failed unexpectedly: answered {} {}", method, uri, code, name, failure);
        } else if (mapping.status() >= 500) {
            log.warn("{} {} failed: answered {} {}", method, uri, code, name, failure);
        } else if (log.isDebugEnabled()) {
            log.debug("{} {}: answered {} {} for {}", method, uri, code, name, failure.toString());
        }
    }
}
