package com.acme.feat;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusException;
import java.util.Locale;
import javax.annotation.processing.Generated;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.grpc.server.exception.GrpcExceptionHandler;

/**
 * Answers the Feat catalog's exceptions thrown by Spring gRPC services as {@link FeatGrpcErrors} does, in the locale
 * each call's {@code accept-language} asks for. Registered by Spring Boot auto-configuration.
 *
 * <p>The handler has the lowest precedence: an application's own {@code GrpcExceptionHandler} that
 * answers a catalog exception (a non-null status) wins; a bean of {@link ExceptionHandler} or
 * {@link LocaleInterceptor} replaces the generated one.
 */
@AutoConfiguration
@ConditionalOnClass(GrpcExceptionHandler.class)
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public class FeatGrpcAutoConfiguration {
    private static final Context.Key<Locale> LOCALE = Context.key("error-catalog.Feat.locale");

    /**
     * Creates the configuration; Spring Boot does.
     */
    public FeatGrpcAutoConfiguration() {
    }

    /**
     * The interceptor that negotiates each call's locale.
     *
     * @return the interceptor
     */
    @Bean
    @GlobalServerInterceptor
    @ConditionalOnMissingBean
    public LocaleInterceptor featGrpcLocaleInterceptor() {
        return new LocaleInterceptor();
    }

    /**
     * The handler of the catalog's exceptions.
     *
     * @return the handler
     */
    @Bean
    @ConditionalOnMissingBean
    public ExceptionHandler featGrpcExceptionHandler() {
        return new ExceptionHandler();
    }

    /**
     * Puts the locale negotiated from the call's {@code accept-language} into its gRPC {@code Context};
     * first of the interceptors, so the exception handler runs inside it.
     */
    public static class LocaleInterceptor implements ServerInterceptor, Ordered {
        /**
         * Creates the interceptor.
         */
        public LocaleInterceptor() {
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(ServerCall<ReqT, RespT> call,
                Metadata headers, ServerCallHandler<ReqT, RespT> next) {
            return Contexts.interceptCall(Context.current().withValue(LOCALE, FeatGrpcErrors.locale(headers)), call, headers, next);
        }
    }

    /**
     * Answers the catalog's exceptions; {@code null} (not handled) for any other.
     */
    public static class ExceptionHandler implements GrpcExceptionHandler, Ordered {
        /**
         * Creates the handler.
         */
        public ExceptionHandler() {
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public StatusException handleException(Throwable exception) {
            if (!(exception instanceof FeatException)) {
                return null;
            }
            Locale locale = LOCALE.get();
            return FeatGrpcErrors.answer((FeatException) exception, locale != null ? locale : FeatGrpcErrors.locale(new Metadata()));
        }
    }
}
