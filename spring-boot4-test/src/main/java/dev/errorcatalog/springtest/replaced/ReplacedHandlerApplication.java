package dev.errorcatalog.springtest.replaced;

import dev.errorcatalog.springtest.errors.ShopProblemHandler;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The same shop with its own bean of the generated handler's type: a subclass that adds a member.
 * The auto-configuration's bean is {@code @ConditionalOnMissingBean}, so this one replaces it.
 */
@SpringBootApplication(scanBasePackages = {"dev.errorcatalog.springtest.replaced", "dev.errorcatalog.springtest.web"})
public class ReplacedHandlerApplication {

    @Bean
    ShopProblemHandler shopProblemHandler() {
        return new ShopProblemHandler() {
            @Override
            protected ResponseEntity<ProblemDetail> respond(RuntimeException exception, String type, int code, String name,
                    String title, String detail, int status) {
                ResponseEntity<ProblemDetail> response = super.respond(exception, type, code, name, title, detail, status);
                response.getBody().setProperty("support", "https://support.shop.test/" + code);
                return response;
            }
        };
    }
}
