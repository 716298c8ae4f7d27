package dev.errorcatalog.grpctest.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot gRPC application with no error handling of its own: the catalog's exceptions are
 * answered by the generated {@code ShopGrpcAutoConfiguration}, which it does not scan (it lies in
 * another package) and never names.
 */
@SpringBootApplication
public class GrpcShopApplication {
    @Bean
    ShopService shopService() {
        return new ShopService();
    }

    public static void main(String[] args) {
        SpringApplication.run(GrpcShopApplication.class, args);
    }
}
