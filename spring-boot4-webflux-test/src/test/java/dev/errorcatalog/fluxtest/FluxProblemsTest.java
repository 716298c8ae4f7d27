package dev.errorcatalog.fluxtest;

import static dev.errorcatalog.fluxtest.HttpProblems.get;
import static dev.errorcatalog.fluxtest.HttpProblems.json;
import static dev.errorcatalog.fluxtest.HttpProblems.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.fluxtest.app.ShopApplication;
import dev.errorcatalog.fluxtest.web.ShopController;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A real WebFlux application on Netty, on a random port, with nothing written for the catalog's
 * exceptions: annotated controllers (thrown and signalled) and functional endpoints answer the same
 * problems as in Spring MVC; other exceptions keep Spring Boot's standard error.
 */
@SpringBootTest(classes = ShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.main.banner-mode=off")
@ExtendWith(OutputCaptureExtension.class)
class FluxProblemsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    static void assertProblem(HttpResponse<String> response, int status, int code, String name, String title, String detail,
            String instance) {
        assertEquals(status, response.statusCode(), response::body);
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), response::body);
        assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Language")),
                () -> "Vary: " + response.headers().allValues("Vary"));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("type", "https://errors.shop.test/" + code);
        expected.put("title", title);
        expected.put("status", status);
        expected.put("detail", detail);
        expected.put("instance", instance);
        expected.put("code", code);
        expected.put("name", name);
        assertEquals(expected, json(response));
    }

    /** The web server, by reflection: its context class lies in different packages in Boot 3 and 4. */
    @Test
    void itRunsOnNetty() throws Exception {
        Object server = context.getClass().getMethod("getWebServer").invoke(context);
        assertTrue(server.getClass().getSimpleName().startsWith("Netty"), server.getClass().getName());
    }

    @Test
    void aThrownExceptionInTheNegotiatedLanguage() throws Exception {
        assertProblem(get(port, "/orders/o-42", "fr, zh-CN;q=0.5"), 404, 700001, "ORDER_NOT_FOUND", "订单错误", "未找到订单 o-42",
                "/orders/o-42");
        assertProblem(get(port, "/orders/7", "en-GB"), 404, 700001, "ORDER_NOT_FOUND", "Order Errors", "Order 7 not found",
                "/orders/7");
        assertProblem(send(port, "GET", "/orders/9", null, "text/html"), 404, 700001, "ORDER_NOT_FOUND", "Order Errors",
                "Order 9 not found", "/orders/9");
    }

    @Test
    void aSignalledExceptionWithACauseIsLoggedAndStaysOnTheServer(CapturedOutput output) throws Exception {
        HttpResponse<String> response = get(port, "/stock", "zh-CN");
        assertProblem(response, 503, 700002, "STOCK_SERVICE_DOWN", "订单错误", "库存服务不可用", "/stock");
        assertFalse(response.body().contains(ShopController.SECRET), response.body());
        assertTrue(output.getOut().contains("Answered 700002 STOCK_SERVICE_DOWN (HTTP 503)"), output::getOut);
        assertTrue(output.getOut().contains("connection refused: " + ShopController.SECRET), output::getOut);
        assertProblem(send(port, "POST", "/payments", "en"), 402, 701001, "CARD_DECLINED", "Payment Errors",
                "Card ending 4242 was declined", "/payments");
    }

    @Test
    void functionalEndpointsAnswerTheSame() throws Exception {
        assertProblem(get(port, "/fn/orders/o-1", "zh-CN"), 404, 700001, "ORDER_NOT_FOUND", "订单错误", "未找到订单 o-1", "/fn/orders/o-1");
        assertProblem(send(port, "POST", "/fn/payments", "en"), 402, 701001, "CARD_DECLINED", "Payment Errors",
                "Card ending 4242 was declined", "/fn/payments");
    }

    @Test
    void anImportedCatalogIsAnsweredToo() throws Exception {
        assertProblem(get(port, "/quotes", "zh-CN"), 502, 300501, "UNABLE_TO_FETCH_QUOTE", "询价错误", "Unable to fetch quote result",
                "/quotes");
    }

    @Test
    void anotherExceptionKeepsSpringBootsError() throws Exception {
        HttpResponse<String> response = get(port, "/boom", "en");
        assertEquals(500, response.statusCode(), response.body());
        assertEquals("Internal Server Error", json(response).get("error"), response.body());
        assertEquals("/boom", json(response).get("path"), response.body());
        assertEquals(200, get(port, "/health", "en").statusCode());
    }
}
