package dev.errorcatalog.springtest.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The fat jar's application, in the layout where an advice used to lose by a tie: its scan reaches
 * the catalog's package and, from a sibling package, its own advice ({@code OwnShopAdvice}).
 */
@SpringBootApplication(scanBasePackages = {"dev.errorcatalog.springtest.errors", "dev.errorcatalog.springtest.own",
        "dev.errorcatalog.springtest.web"})
public class ShopServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShopServiceApplication.class, args);
    }
}
