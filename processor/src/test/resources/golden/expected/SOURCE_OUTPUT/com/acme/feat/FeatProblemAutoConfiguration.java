package com.acme.feat;

import javax.annotation.processing.Generated;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link FeatProblemHandler} in a web application: the Feat catalog's exceptions become RFC 9457
 * problem responses with nothing to write in the application. Spring Boot finds this class in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}; a component
 * scan skips it, as it skips every class listed there.
 */
@AutoConfiguration
@ConditionalOnWebApplication
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public class FeatProblemAutoConfiguration {
    /**
     * Creates the configuration; Spring Boot does so.
     */
    public FeatProblemAutoConfiguration() {
    }

    /**
     * The handler, unless the application defines a bean of its type.
     *
     * @return a new handler
     */
    @Bean
    @ConditionalOnMissingBean
    public FeatProblemHandler featProblemHandler() {
        return new FeatProblemHandler();
    }
}
