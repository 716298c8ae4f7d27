package dev.errorcatalog.fluxtest.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A WebFlux shop with nothing written for the catalog's exceptions; its scan does not reach the catalog's package. */
@SpringBootApplication(scanBasePackages = "dev.errorcatalog.fluxtest.web")
public class ShopApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
