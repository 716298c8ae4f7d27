package dev.errorcatalog.springtest;

import static dev.errorcatalog.springtest.HttpProblems.get;
import static dev.errorcatalog.springtest.HttpProblems.json;
import static dev.errorcatalog.springtest.HttpProblems.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.springtest.app.ShopApplication;
import dev.errorcatalog.springtest.web.ShopController;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real Spring Boot application on a random port, with nothing written to handle the catalog's
 * exceptions: the generated advice arrives through auto-configuration and answers RFC 9457 problems.
 */
@SpringBootTest(classes = ShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.main.banner-mode=off")
class GeneratedProblemsTest {

    @LocalServerPort
    int port;

    /** Checks status, headers and the exact members of the problem. */
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

    @Test
    void aPlaceholderInEnglish() throws Exception {
        assertProblem(get(port, "/orders/o-42", "en"), 404, 700001, "ORDER_NOT_FOUND", "Order Errors", "Order o-42 not found",
                "/orders/o-42");
    }

    @Test
    void aPlaceholderInChinese() throws Exception {
        assertProblem(get(port, "/orders/o-42", "zh-CN"), 404, 700001, "ORDER_NOT_FOUND", "订单错误", "未找到订单 o-42",
                "/orders/o-42");
    }

    @Test
    void theLanguageIsNegotiatedAmongTheCatalogsLocales() throws Exception {
        // French is not in the catalog; Chinese, its second choice, is
        assertProblem(get(port, "/orders/7", "fr, zh-CN;q=0.5"), 404, 700001, "ORDER_NOT_FOUND", "订单错误", "未找到订单 7", "/orders/7");
        // a bare language finds its country variant; a region of English finds English
        assertProblem(get(port, "/orders/7", "zh"), 404, 700001, "ORDER_NOT_FOUND", "订单错误", "未找到订单 7", "/orders/7");
        assertProblem(get(port, "/orders/7", "en-GB, zh-CN;q=0.9"), 404, 700001, "ORDER_NOT_FOUND", "Order Errors",
                "Order 7 not found", "/orders/7");
    }

    @Test
    void noMalformedOrUnknownLanguageGetsTheDefaultLocale() throws Exception {
        for (String header : new String[] {null, "", "de-DE", "zh-TW", "a;;;b", "zh-CN;q=0"}) {
            assertProblem(get(port, "/orders/7", header), 404, 700001, "ORDER_NOT_FOUND", "Order Errors", "Order 7 not found",
                    "/orders/7");
        }
    }

    /** ... and in its log: a 5xx is logged as a warning with the cause. */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aCauseStaysOnTheServer(CapturedOutput output) throws Exception {
        HttpResponse<String> response = get(port, "/stock", "zh-CN");
        assertProblem(response, 503, 700002, "STOCK_SERVICE_DOWN", "订单错误", "库存服务不可用", "/stock");
        assertFalse(response.body().contains(ShopController.SECRET), response.body());
        assertFalse(response.body().contains("IOException"), response.body());
        assertTrue(output.getOut().contains("Answered 700002 STOCK_SERVICE_DOWN (HTTP 503)"), output::getOut);
        assertTrue(output.getOut().contains("connection refused: " + ShopController.SECRET), output::getOut);
    }

    @Test
    void aNestedCategoryHasItsOwnTitle() throws Exception {
        assertProblem(send(port, "POST", "/payments", "en"), 402, 701001, "CARD_DECLINED", "Payment Errors",
                "Card ending 4242 was declined", "/payments");
        assertProblem(send(port, "POST", "/payments", "zh-CN"), 402, 701001, "CARD_DECLINED", "支付错误", "尾号 4242 的卡被拒绝",
                "/payments");
    }

    /** The upstream catalog, which the shop's imports, has no integration of its own: the shop's advice answers it. */
    @Test
    void anImportedCatalogIsAnsweredToo() throws Exception {
        // the upstream messages are English only: the title is Chinese, the detail falls back to English
        assertProblem(get(port, "/quotes", "zh-CN"), 502, 300501, "UNABLE_TO_FETCH_QUOTE", "询价错误", "Unable to fetch quote result",
                "/quotes");
    }

    @Test
    void aClientThatAcceptsOnlyHtmlStillGetsTheProblem() throws Exception {
        assertProblem(send(port, "GET", "/orders/9", "en", "text/html"), 404, 700001, "ORDER_NOT_FOUND", "Order Errors",
                "Order 9 not found", "/orders/9");
    }

    /** An exception outside the catalog keeps Spring Boot's standard error. */
    @Test
    void anotherExceptionKeepsSpringBootsError() throws Exception {
        HttpResponse<String> response = get(port, "/boom", "en");
        assertEquals(500, response.statusCode(), response.body());
        assertEquals("Internal Server Error", json(response).get("error"), response.body());
        assertEquals("/boom", json(response).get("path"), response.body());
    }

    @Test
    void successIsUntouched() throws Exception {
        HttpResponse<String> response = get(port, "/health", "zh-CN");
        assertEquals(200, response.statusCode());
        assertEquals(Map.of("status", "up"), json(response));
    }
}
