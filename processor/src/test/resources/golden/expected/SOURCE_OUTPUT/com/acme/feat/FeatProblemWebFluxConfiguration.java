package com.acme.feat;

import java.net.URI;
import java.util.List;
import javax.annotation.processing.Generated;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Answers the Feat catalog's exceptions in Spring WebFlux with {@link FeatProblemHandler}, from annotated controllers
 * and functional endpoints, thrown or signalled. The application's {@code @ExceptionHandler}s run first,
 * inside the {@code DispatcherHandler}; what they leave reaches this {@code WebExceptionHandler}, ordered
 * {@value #ORDER}: before Spring Boot's {@code ErrorWebExceptionHandler} ({@code -1}), which still answers
 * every other exception. A component scan skips this class.
 */
@AutoConfiguration(
        after = FeatProblemAutoConfiguration.class
)
@ConditionalOnWebApplication(
        type = ConditionalOnWebApplication.Type.REACTIVE
)
@ConditionalOnClass(
        name = "org.springframework.web.reactive.DispatcherHandler"
)
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public class FeatProblemWebFluxConfiguration {
    /**
     * The handler's order: after the application's, before Spring Boot's ({@code -1}).
     */
    public static final int ORDER = -2;

    /**
     * Creates the configuration; Spring Boot does so.
     */
    public FeatProblemWebFluxConfiguration() {
    }

    /**
     * The exception handler that answers the catalog's exceptions and passes on every other.
     *
     * @param problems the handler that answers
     * @param codecs WebFlux's codecs, which write the problem
     * @return the exception handler
     */
    @Bean
    @Order(ORDER)
    public WebExceptionHandler featProblemWebExceptionHandler(FeatProblemHandler problems,
            ServerCodecConfigurer codecs) {
        ServerResponse.Context context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return codecs.getWriters();
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
        return (exchange, exception) -> answer(problems, context, exchange, exception);
    }

    /**
     * Writes the problem for a catalog exception; passes any other on to the next handler.
     */
    private static Mono<Void> answer(FeatProblemHandler problems, ServerResponse.Context context,
            ServerWebExchange exchange, Throwable exception) {
        if (!problems.answers(exception) || exchange.getResponse().isCommitted()) {
            return Mono.error(exception);
        }
        ResponseEntity<ProblemDetail> answer = problems.handle(exception, exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail problem = answer.getBody();
        if (problem == null) {
            return Mono.error(exception);
        }
        if (problem.getInstance() == null) {
            // as Spring does for a ProblemDetail that a handler returns
            problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        }
        return ServerResponse.status(answer.getStatusCode())
                .headers(headers -> answer.getHeaders().forEach(headers::addAll))
                .bodyValue(problem)
                .flatMap(response -> response.writeTo(exchange, context));
    }
}
