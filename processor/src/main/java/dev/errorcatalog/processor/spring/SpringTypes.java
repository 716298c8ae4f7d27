package dev.errorcatalog.processor.spring;

import com.palantir.javapoet.ClassName;

/**
 * The Spring and Commons Logging types the generated integration refers to. It uses only API that
 * Spring Boot 3.x (Spring Framework 6) and 4.x (Spring Framework 7) both have.
 */
final class SpringTypes {
    // spring-web: the handler, shared by MVC and WebFlux
    static final ClassName ORDER = ClassName.get("org.springframework.core.annotation", "Order");
    static final ClassName PROBLEM_DETAIL = ClassName.get("org.springframework.http", "ProblemDetail");
    static final ClassName RESPONSE_ENTITY = ClassName.get("org.springframework.http", "ResponseEntity");
    static final ClassName HTTP_HEADERS = ClassName.get("org.springframework.http", "HttpHeaders");
    static final ClassName HTTP_STATUS_CODE = ClassName.get("org.springframework.http", "HttpStatusCode");
    static final ClassName MEDIA_TYPE = ClassName.get("org.springframework.http", "MediaType");
    static final ClassName HTTP_MESSAGE_CONVERTER = ClassName.get("org.springframework.http.converter", "HttpMessageConverter");
    static final ClassName SERVLET_SERVER_HTTP_RESPONSE = ClassName.get("org.springframework.http.server", "ServletServerHttpResponse");
    static final ClassName LOG = ClassName.get("org.apache.commons.logging", "Log");
    static final ClassName LOG_FACTORY = ClassName.get("org.apache.commons.logging", "LogFactory");

    // Spring MVC and the Servlet API
    static final String DISPATCHER_SERVLET = "org.springframework.web.servlet.DispatcherServlet";
    static final ClassName WEB_MVC_CONFIGURER = ClassName.get("org.springframework.web.servlet.config.annotation", "WebMvcConfigurer");
    static final ClassName HANDLER_EXCEPTION_RESOLVER = ClassName.get("org.springframework.web.servlet", "HandlerExceptionResolver");
    static final ClassName EXCEPTION_HANDLER_EXCEPTION_RESOLVER =
            ClassName.get("org.springframework.web.servlet.mvc.method.annotation", "ExceptionHandlerExceptionResolver");
    static final ClassName MODEL_AND_VIEW = ClassName.get("org.springframework.web.servlet", "ModelAndView");
    static final ClassName SERVLET_REQUEST = ClassName.get("jakarta.servlet.http", "HttpServletRequest");
    static final ClassName SERVLET_RESPONSE = ClassName.get("jakarta.servlet.http", "HttpServletResponse");

    // Spring WebFlux and Reactor
    static final String DISPATCHER_HANDLER = "org.springframework.web.reactive.DispatcherHandler";
    static final ClassName WEB_EXCEPTION_HANDLER = ClassName.get("org.springframework.web.server", "WebExceptionHandler");
    static final ClassName SERVER_WEB_EXCHANGE = ClassName.get("org.springframework.web.server", "ServerWebExchange");
    static final ClassName SERVER_CODEC_CONFIGURER = ClassName.get("org.springframework.http.codec", "ServerCodecConfigurer");
    static final ClassName HTTP_MESSAGE_WRITER = ClassName.get("org.springframework.http.codec", "HttpMessageWriter");
    static final ClassName SERVER_RESPONSE = ClassName.get("org.springframework.web.reactive.function.server", "ServerResponse");
    static final ClassName VIEW_RESOLVER = ClassName.get("org.springframework.web.reactive.result.view", "ViewResolver");
    static final ClassName MONO = ClassName.get("reactor.core.publisher", "Mono");

    // Spring Boot
    static final String AUTO_CONFIGURATION_CLASS = "org.springframework.boot.autoconfigure.AutoConfiguration";
    static final ClassName AUTO_CONFIGURATION = ClassName.get("org.springframework.boot.autoconfigure", "AutoConfiguration");
    static final ClassName CONDITIONAL_ON_WEB_APPLICATION =
            ClassName.get("org.springframework.boot.autoconfigure.condition", "ConditionalOnWebApplication");
    static final ClassName CONDITIONAL_ON_MISSING_BEAN =
            ClassName.get("org.springframework.boot.autoconfigure.condition", "ConditionalOnMissingBean");
    static final ClassName CONDITIONAL_ON_CLASS = ClassName.get("org.springframework.boot.autoconfigure.condition", "ConditionalOnClass");
    static final ClassName BEAN = ClassName.get("org.springframework.context.annotation", "Bean");

    private SpringTypes() {}
}
