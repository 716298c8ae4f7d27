package dev.errorcatalog.fluxtest.web;

import dev.errorcatalog.fluxtest.errors.OrdersException;
import dev.errorcatalog.fluxtest.errors.PaymentsException;
import dev.errorcatalog.upstream.QuoteException;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** An annotated WebFlux controller: some endpoints throw, some signal the error in the Mono. */
@RestController
public class ShopController {
    /** Never in a response: the cause stays on the server. */
    public static final String SECRET = "stock-db-password-s3cr3t";

    /** 700001, thrown. */
    @GetMapping("/orders/{id}")
    public Mono<Map<String, String>> order(@PathVariable String id) {
        throw OrdersException.orderNotFound(id);
    }

    /** 700002 with a cause, 503, signalled. */
    @GetMapping("/stock")
    public Mono<Map<String, String>> stock() {
        return Mono.error(OrdersException.stockServiceDown(new IOException("connection refused: " + SECRET)));
    }

    /** 701001, signalled. */
    @PostMapping("/payments")
    public Mono<Map<String, String>> pay() {
        return Mono.error(PaymentsException.cardDeclined("4242"));
    }

    /** 300501 of the imported upstream catalog, thrown. */
    @GetMapping("/quotes")
    public Mono<Map<String, String>> quote() {
        throw QuoteException.unableToFetchQuote();
    }

    /** Not a catalog exception: Spring Boot's standard error answers it. */
    @GetMapping("/boom")
    public Mono<Map<String, String>> boom() {
        return Mono.error(new IllegalStateException("not in the catalog"));
    }

    @GetMapping("/health")
    public Mono<Map<String, String>> health() {
        return Mono.just(Map.of("status", "up"));
    }
}
