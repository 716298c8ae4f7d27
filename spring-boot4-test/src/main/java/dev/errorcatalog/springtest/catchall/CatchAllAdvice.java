package dev.errorcatalog.springtest.catchall;

import dev.errorcatalog.springtest.errors.PaymentsException;
import dev.errorcatalog.springtest.errors.ShopProblemHandler;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * An application's catch-all, as docs/spring.md shows it: it answers every exception, the catalog's
 * included (it wins over the generated handler), answers the payment codes in its own way and hands
 * the other catalog exceptions back to the generated handler.
 */
@RestControllerAdvice
public class CatchAllAdvice {
    private final ShopProblemHandler problems;

    public CatchAllAdvice(ShopProblemHandler problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<?> any(Exception exception, WebRequest request) {
        if (exception instanceof PaymentsException) {
            return ResponseEntity.status(418).body(Map.of("catchAll", "payments"));
        }
        if (problems.answers(exception)) {
            ResponseEntity<ProblemDetail> problem = problems.handle(exception, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            // the header only shows the test that the catch-all passed it on
            return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders()).header("X-Answered-By", "catch-all")
                    .body(problem.getBody());
        }
        return ResponseEntity.status(500).body(Map.of("catchAll", exception.getClass().getSimpleName()));
    }
}
