package dev.errorcatalog.example.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page, in place of Spring Boot's {@code BasicErrorController}: what
 * fails outside Spring MVC (a filter that throws, a {@code sendError}) is a catalog problem too.
 */
@RestController
public class CatalogErrorController implements ErrorController {

    private final CatalogProblems problems;

    public CatalogErrorController(CatalogProblems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request, Locale locale) {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String instance = uri instanceof String s ? s : request.getRequestURI();
        CatalogProblems.Mapping mapping;
        if (failure instanceof Throwable t) {
            mapping = problems.classify(t, locale);
            CatalogExceptionHandler.log(t, mapping, request.getMethod(), instance);
        } else {
            // no status: the error page was asked for directly, as if it were not a route
            mapping = problems.classify(status instanceof Integer s ? s : HttpStatus.NOT_FOUND.value(), locale);
        }
        return problems.response(mapping, locale, instance);
    }
}
