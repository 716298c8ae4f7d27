package dev.errorcatalog.springtest.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A shop whose controller throws catalog exceptions; it has no advice, handler, bean or property for
 * them, and its scan does not reach the catalog's package.
 */
@SpringBootApplication(scanBasePackages = "dev.errorcatalog.springtest.web")
public class ShopApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
