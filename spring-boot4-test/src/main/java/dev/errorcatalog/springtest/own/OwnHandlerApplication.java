package dev.errorcatalog.springtest.own;

import dev.errorcatalog.springtest.app.ShopController;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The same shop with its own advice for the shop catalog's exceptions ({@link OwnShopAdvice}). */
@SpringBootApplication
@Import(ShopController.class)
public class OwnHandlerApplication {

    public static void main(String[] args) {
        SpringApplication.run(OwnHandlerApplication.class, args);
    }
}
