package dev.errorcatalog.fluxtest.web;

import dev.errorcatalog.fluxtest.errors.OrdersException;
import dev.errorcatalog.fluxtest.errors.PaymentsException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** Functional endpoints: one handler throws, one signals the error. */
@Configuration(proxyBeanMethods = false)
public class ShopRoutes {

    @Bean
    RouterFunction<ServerResponse> functionalShop() {
        return RouterFunctions.route()
                .GET("/fn/orders/{id}", request -> {
                    throw OrdersException.orderNotFound(request.pathVariable("id"));
                })
                .POST("/fn/payments", request -> Mono.error(PaymentsException.cardDeclined("4242")))
                .build();
    }
}
