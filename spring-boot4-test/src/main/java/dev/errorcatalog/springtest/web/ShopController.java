package dev.errorcatalog.springtest.web;

import dev.errorcatalog.springtest.errors.OrdersException;
import dev.errorcatalog.springtest.errors.PaymentsException;
import dev.errorcatalog.upstream.QuoteException;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that fail with catalog exceptions, one of each kind the test checks. */
@RestController
public class ShopController {
    /** Never in a response: the cause stays on the server. */
    public static final String SECRET = "stock-db-password-s3cr3t";

    /** 700001, a placeholder, 404. */
    @GetMapping("/orders/{id}")
    public Map<String, String> order(@PathVariable String id) {
        throw OrdersException.orderNotFound(id);
    }

    /** 700002 with a cause, 503. */
    @GetMapping("/stock")
    public Map<String, String> stock() {
        throw OrdersException.stockServiceDown(new IOException("connection refused: " + SECRET));
    }

    /** 701001 of the nested category 'payments', 402. */
    @PostMapping("/payments")
    public Map<String, String> pay() {
        throw PaymentsException.cardDeclined("4242");
    }

    /** 300501 of the imported upstream catalog, 502. */
    @GetMapping("/quotes")
    public Map<String, String> quote() {
        throw QuoteException.unableToFetchQuote();
    }

    /** Not a catalog exception: Spring Boot's standard error answers it. */
    @GetMapping("/boom")
    public Map<String, String> boom() {
        throw new IllegalStateException("not in the catalog");
    }

    /** Success stays plain JSON. */
    @GetMapping("/health")
    public Map<String, String> health() {
        return Map.of("status", "up");
    }
}
