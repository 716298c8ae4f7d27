package dev.errorcatalog.fluxtest.own;

import dev.errorcatalog.fluxtest.errors.ShopException;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An application's own handler for the catalog's base exception (no {@code @Order}): it wins. */
@RestControllerAdvice
public class OwnShopAdvice {

    @ExceptionHandler(ShopException.class)
    public ResponseEntity<Map<String, Object>> handle(ShopException exception) {
        return ResponseEntity.status(418).body(Map.of("ownCode", exception.code(), "ownMessage", exception.getMessage()));
    }
}
