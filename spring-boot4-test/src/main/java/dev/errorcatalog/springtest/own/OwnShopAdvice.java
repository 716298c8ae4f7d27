package dev.errorcatalog.springtest.own;

import dev.errorcatalog.springtest.errors.ShopException;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An application's own handler for the catalog's base exception, as a team with its own error format
 * writes one (no {@code @Order}): the generated advice must step aside for these exceptions.
 */
@RestControllerAdvice
public class OwnShopAdvice {

    @ExceptionHandler(ShopException.class)
    public ResponseEntity<Map<String, Object>> handle(ShopException exception) {
        return ResponseEntity.status(418).body(Map.of("ownCode", exception.code(), "ownMessage", exception.getMessage()));
    }
}
