package dev.errorcatalog.example.web;

import dev.errorcatalog.example.web.errors.ServiceProblemHandler;
import dev.errorcatalog.upstream.SystemException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The catalog's exceptions need nothing here: the handler generated with {@code -Aerrorcatalog.spring=true}
 * ({@link ServiceProblemHandler}, for the service's catalog and the upstream one it imports) answers them,
 * after every {@code @ExceptionHandler} of the application. This advice covers what is no catalog
 * exception, the requests Spring rejects itself, and gives them the upstream catalog's generic code
 * {@code 101002 BAD_REQUEST}, answered by the same generated handler so they look like every other
 * problem. It handles only these Spring exceptions, so the catalog's still reach the generated handler.
 */
@RestControllerAdvice
public class SpringFailures {

    private final ServiceProblemHandler problems;

    public SpringFailures(ServiceProblemHandler problems) {
        this.problems = problems;
    }

    /** A body that is not JSON or has a field of the wrong type, a missing or mistyped parameter: 400. */
    @ExceptionHandler({HttpMessageNotReadableException.class, TypeMismatchException.class, ServletRequestBindingException.class})
    public ResponseEntity<ProblemDetail> unreadable(Exception failure, WebRequest request) {
        return problems.handle(SystemException.badRequest(failure), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * No such route (404), method not allowed (405), not acceptable (406), unsupported media type
     * (415): {@code 101002 BAD_REQUEST} with Spring's status and headers (such as {@code Allow}), so
     * the status stays true.
     */
    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotAcceptableException.class, HttpMediaTypeNotSupportedException.class})
    public ResponseEntity<ProblemDetail> rejected(Exception failure, WebRequest request) {
        ErrorResponse spring = (ErrorResponse) failure;
        ResponseEntity<ProblemDetail> problem =
                problems.handle(SystemException.badRequest(failure), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail body = problem.getBody();
        body.setStatus(spring.getStatusCode().value());
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(problem.getHeaders());
        headers.putAll(spring.getHeaders());
        return ResponseEntity.status(spring.getStatusCode()).headers(headers).body(body);
    }
}
