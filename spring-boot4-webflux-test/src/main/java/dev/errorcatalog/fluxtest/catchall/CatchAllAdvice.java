package dev.errorcatalog.fluxtest.catchall;

import dev.errorcatalog.fluxtest.errors.PaymentsException;
import dev.errorcatalog.fluxtest.errors.ShopProblemHandler;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/**
 * An application's catch-all in WebFlux, as docs/spring.md shows it: it answers every exception,
 * the payment codes its own way, and hands the other catalog exceptions back to the generated handler.
 */
@RestControllerAdvice
public class CatchAllAdvice {
    private final ShopProblemHandler problems;

    public CatchAllAdvice(ShopProblemHandler problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<?> any(Exception exception, ServerWebExchange exchange) {
        if (exception instanceof PaymentsException) {
            return ResponseEntity.status(418).body(Map.of("catchAll", "payments"));
        }
        if (problems.answers(exception)) {
            String acceptLanguage = exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE);
            ResponseEntity<ProblemDetail> problem = problems.handle(exception, acceptLanguage);
            // the header only shows the test that the catch-all passed it on
            return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders()).header("X-Answered-By", "catch-all")
                    .body(problem.getBody());
        }
        return ResponseEntity.status(500).body(Map.of("catchAll", exception.getClass().getSimpleName()));
    }
}
