package dev.errorcatalog.example.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small web service on the upstream domain (accounts, KYC, quotes, trades, linked bank accounts)
 * whose every error is an RFC 9457 problem response carrying a code of the upstream catalog.
 *
 * <pre>
 * ./mvnw -B -q install -DskipTests &amp;&amp; ./mvnw -B -q -pl example spring-boot:run
 * curl -i -H 'Accept-Language: zh-CN' 'http://localhost:8080/quotes?from=USD&amp;to=DOGE&amp;amount=100'
 * </pre>
 *
 * @see dev.errorcatalog.example.web.errors.ServiceProblemHandler
 */
@SpringBootApplication
public class ExampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExampleApplication.class, args);
    }
}
