package dev.errorcatalog.processor.spring;

import com.palantir.javapoet.ClassName;
import dev.errorcatalog.processor.generate.GenerationContext;
import dev.errorcatalog.processor.generate.TypeGenerator;

/**
 * The Spring and Commons Logging types the generated integration refers to. It uses only API that
 * Spring Boot 3.x (Spring Framework 6) and 4.x (Spring Framework 7) both have.
 */
final class SpringTypes {
    static final ClassName REST_CONTROLLER_ADVICE = ClassName.get("org.springframework.web.bind.annotation", "RestControllerAdvice");
    static final ClassName EXCEPTION_HANDLER = ClassName.get("org.springframework.web.bind.annotation", "ExceptionHandler");
    static final ClassName ORDER = ClassName.get("org.springframework.core.annotation", "Order");
    static final ClassName ORDERED = ClassName.get("org.springframework.core", "Ordered");
    static final ClassName WEB_REQUEST = ClassName.get("org.springframework.web.context.request", "WebRequest");
    static final ClassName PROBLEM_DETAIL = ClassName.get("org.springframework.http", "ProblemDetail");
    static final ClassName RESPONSE_ENTITY = ClassName.get("org.springframework.http", "ResponseEntity");
    static final ClassName HTTP_HEADERS = ClassName.get("org.springframework.http", "HttpHeaders");
    static final ClassName HTTP_STATUS_CODE = ClassName.get("org.springframework.http", "HttpStatusCode");
    static final ClassName MEDIA_TYPE = ClassName.get("org.springframework.http", "MediaType");
    static final ClassName LOG = ClassName.get("org.apache.commons.logging", "Log");
    static final ClassName LOG_FACTORY = ClassName.get("org.apache.commons.logging", "LogFactory");

    static final ClassName AUTO_CONFIGURATION = ClassName.get("org.springframework.boot.autoconfigure", "AutoConfiguration");
    static final ClassName CONDITIONAL_ON_WEB_APPLICATION =
            ClassName.get("org.springframework.boot.autoconfigure.condition", "ConditionalOnWebApplication");
    static final ClassName CONDITIONAL_ON_MISSING_BEAN =
            ClassName.get("org.springframework.boot.autoconfigure.condition", "ConditionalOnMissingBean");
    static final ClassName BEAN = ClassName.get("org.springframework.context.annotation", "Bean");

    private SpringTypes() {}
}
