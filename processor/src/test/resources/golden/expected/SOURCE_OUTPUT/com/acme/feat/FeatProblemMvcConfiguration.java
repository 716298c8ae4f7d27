package com.acme.feat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import javax.annotation.processing.Generated;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/**
 * Answers the Feat catalog's exceptions in Spring MVC with {@link FeatProblemHandler}, after every {@code @ExceptionHandler}
 * of the application: its resolver comes right after Spring's {@code ExceptionHandlerExceptionResolver},
 * which runs them all (any advice, any {@code @Order}, a catch-all included), so an application's handler
 * always wins. An application that replaces Spring's resolvers ({@code configureHandlerExceptionResolvers})
 * gets nothing added and calls {@link FeatProblemHandler#handle} from its own. A component scan skips this class.
 */
@AutoConfiguration(
        after = FeatProblemAutoConfiguration.class
)
@ConditionalOnWebApplication(
        type = ConditionalOnWebApplication.Type.SERVLET
)
@ConditionalOnClass(
        name = "org.springframework.web.servlet.DispatcherServlet"
)
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public class FeatProblemMvcConfiguration implements WebMvcConfigurer {
    private final FeatProblemHandler problems;

    /**
     * Creates the configuration; Spring Boot does so.
     *
     * @param problems the handler that answers
     */
    public FeatProblemMvcConfiguration(FeatProblemHandler problems) {
        this.problems = problems;
    }

    /**
     * Adds the catalog's resolver right after Spring's {@code @ExceptionHandler} resolver.
     *
     * @param resolvers Spring MVC's resolvers, in the order they are asked
     */
    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        for (int i = 0; i < resolvers.size(); i++) {
            if (resolvers.get(i) instanceof ExceptionHandlerExceptionResolver) {
                ExceptionHandlerExceptionResolver annotated = (ExceptionHandlerExceptionResolver) resolvers.get(i);
                resolvers.add(i + 1, (request, response, handler, exception) -> resolve(request, response, exception, annotated.getMessageConverters()));
                return;
            }
        }
    }

    /**
     * Writes the problem for a catalog exception; {@code null} (not handled) for any other.
     */
    private ModelAndView resolve(HttpServletRequest request, HttpServletResponse response,
            Exception exception, List<HttpMessageConverter<?>> converters) {
        if (!problems.answers(exception) || response.isCommitted()) {
            return null;
        }
        ResponseEntity<ProblemDetail> answer = problems.handle(exception, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail problem = answer.getBody();
        MediaType contentType = answer.getHeaders().getContentType();
        if (problem == null || contentType == null) {
            return null;
        }
        if (problem.getInstance() == null) {
            // as Spring does for a ProblemDetail that a handler returns
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        for (HttpMessageConverter<?> converter : converters) {
            if (converter.canWrite(ProblemDetail.class, contentType)) {
                ServletServerHttpResponse out = new ServletServerHttpResponse(response);
                out.setStatusCode(answer.getStatusCode());
                answer.getHeaders().forEach((name, values) -> out.getHeaders().addAll(name, values));
                try {
                    write(converter, problem, contentType, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return new ModelAndView();
            }
        }
        // no converter writes JSON: Spring Boot's error handling answers
        return null;
    }

    /**
     * The converter said it can write a {@code ProblemDetail}: the cast is checked by that.
     */
    @SuppressWarnings("unchecked")
    private static void write(HttpMessageConverter<?> converter, ProblemDetail problem,
            MediaType contentType, ServletServerHttpResponse out) throws IOException {
        ((HttpMessageConverter<Object>) converter).write(problem, contentType, out);
        out.flush();
    }
}
