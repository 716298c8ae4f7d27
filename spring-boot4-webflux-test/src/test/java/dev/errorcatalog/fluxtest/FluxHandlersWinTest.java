package dev.errorcatalog.fluxtest;

import static dev.errorcatalog.fluxtest.FluxProblemsTest.assertProblem;
import static dev.errorcatalog.fluxtest.HttpProblems.get;
import static dev.errorcatalog.fluxtest.HttpProblems.json;
import static dev.errorcatalog.fluxtest.HttpProblems.send;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.fluxtest.catchall.CatchAllAdvice;
import dev.errorcatalog.fluxtest.errors.ShopProblemHandler;
import dev.errorcatalog.fluxtest.errors.ShopProblemWebFluxConfiguration;
import dev.errorcatalog.fluxtest.own.OwnShopAdvice;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * WebFlux: the application's own {@code @ExceptionHandler} always wins, for annotated controllers and
 * functional endpoints, with the catalog's package inside or outside the scan, times the advice
 * scanned from a sibling package, imported, or a catch-all (no advice, outside: {@link FluxProblemsTest}).
 */
class FluxHandlersWinTest {
    static final String WEB = "dev.errorcatalog.fluxtest.web";
    static final String OWN = "dev.errorcatalog.fluxtest.own";
    static final String CATCH_ALL = "dev.errorcatalog.fluxtest.catchall";
    static final String ERRORS = "dev.errorcatalog.fluxtest.errors";
    static final String PROPERTIES = "spring.main.banner-mode=off";

    @SpringBootApplication(scanBasePackages = {WEB, OWN})
    static class OutsideScanned {}

    @SpringBootApplication(scanBasePackages = WEB)
    @Import(OwnShopAdvice.class)
    static class OutsideImported {}

    @SpringBootApplication(scanBasePackages = WEB)
    @Import(CatchAllAdvice.class)
    static class OutsideCatchAll {}

    @SpringBootApplication(scanBasePackages = {WEB, ERRORS})
    static class InsideAbsent {}

    @SpringBootApplication(scanBasePackages = {WEB, OWN, ERRORS})
    static class InsideScanned {}

    @SpringBootApplication(scanBasePackages = {WEB, ERRORS})
    @Import(OwnShopAdvice.class)
    static class InsideImported {}

    @SpringBootApplication(scanBasePackages = {WEB, ERRORS, CATCH_ALL})
    static class InsideCatchAll {}

    /** A bean of the generated handler's type: a subclass that adds a member; it replaces the auto-configured one. */
    @SpringBootApplication(scanBasePackages = WEB)
    static class Replaced {
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

    static void ownAdviceWins(int port) throws Exception {
        HttpResponse<String> response = get(port, "/orders/o-42", "zh-CN");
        assertEquals(418, response.statusCode(), response.body());
        assertEquals(Map.of("ownCode", 700001, "ownMessage", "700001: Order o-42 not found"), json(response));
        assertEquals(418, send(port, "POST", "/payments", "en").statusCode());
        assertEquals(418, get(port, "/stock", "en").statusCode());
        assertEquals(418, send(port, "POST", "/fn/payments", "en").statusCode());
        thrownInAHandlerFunctionSkipsTheAdvices(port);
        assertProblem(get(port, "/quotes", "en"), 502, 300501, "UNABLE_TO_FETCH_QUOTE", "Quote Errors", "Unable to fetch quote result",
                "/quotes");
    }

    static void catchAllWinsAndDelegates(int port) throws Exception {
        HttpResponse<String> payments = send(port, "POST", "/fn/payments", "en");
        assertEquals(418, payments.statusCode(), payments.body());
        assertEquals(Map.of("catchAll", "payments"), json(payments));
        HttpResponse<String> order = get(port, "/orders/o-42", "zh-CN");
        assertProblem(order, 404, 700001, "ORDER_NOT_FOUND", "订单错误", "未找到订单 o-42", "/orders/o-42");
        assertEquals("catch-all", order.headers().firstValue("X-Answered-By").orElse(""));
        assertEquals("catch-all", get(port, "/quotes", "en").headers().firstValue("X-Answered-By").orElse(""));
        thrownInAHandlerFunctionSkipsTheAdvices(port);
        assertEquals(Map.of("catchAll", "IllegalStateException"), json(get(port, "/boom", "en")));
    }

    /**
     * WebFlux runs the advices for what a handler function signals ({@code Mono.error}), not for what
     * it throws before returning a Mono: that goes straight to the WebExceptionHandlers, where the
     * generated one answers (docs/spring.md, WebFlux).
     */
    static void thrownInAHandlerFunctionSkipsTheAdvices(int port) throws Exception {
        HttpResponse<String> thrown = get(port, "/fn/orders/o-1", "en");
        assertProblem(thrown, 404, 700001, "ORDER_NOT_FOUND", "Order Errors", "Order o-1 not found", "/fn/orders/o-1");
        assertEquals("", thrown.headers().firstValue("X-Answered-By").orElse(""));
    }

    static void registeredByAutoConfigurationOnly(ApplicationContext context) {
        assertArrayEquals(new String[] {"shopProblemHandler"}, context.getBeanNamesForType(ShopProblemHandler.class));
        assertArrayEquals(new String[] {ShopProblemWebFluxConfiguration.class.getName()},
                context.getBeanNamesForType(ShopProblemWebFluxConfiguration.class));
    }

    @Nested
    @SpringBootTest(classes = Replaced.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PROPERTIES)
    class ReplacedByABeanOfItsType {
        @LocalServerPort
        int port;

        @Autowired
        ApplicationContext context;

        @Test
        void theApplicationsBeanAnswers() throws Exception {
            assertEquals(1, context.getBeansOfType(ShopProblemHandler.class).size());
            Map<String, Object> problem = json(get(port, "/fn/orders/o-1", "zh-CN"));
            assertEquals("https://support.shop.test/700001", problem.get("support"));
            assertEquals("未找到订单 o-1", problem.get("detail"));
        }
    }

    @Nested
    @SpringBootTest(classes = OutsideScanned.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PROPERTIES)
    class OutsideTheScanScannedFromASibling {
        @LocalServerPort
        int port;

        @Test
        void theScannedAdviceWins() throws Exception {
            ownAdviceWins(port);
        }
    }

    @Nested
    @SpringBootTest(classes = OutsideImported.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PROPERTIES)
    class OutsideTheScanImported {
        @LocalServerPort
        int port;

        @Test
        void theImportedAdviceWins() throws Exception {
            ownAdviceWins(port);
        }
    }

    @Nested
    @SpringBootTest(classes = OutsideCatchAll.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PROPERTIES)
    class OutsideTheScanCatchAll {
        @LocalServerPort
        int port;

        @Test
        void theCatchAllWinsAndCanDelegate() throws Exception {
            catchAllWinsAndDelegates(port);
        }
    }

    @Nested
    @SpringBootTest(classes = InsideAbsent.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PROPERTIES)
    class InsideTheScanWithoutAdvice {
        @LocalServerPort
        int port;

        @Autowired
        ApplicationContext context;

        @Test
        void theGeneratedHandlerAnswersAndIsNotScanned() throws Exception {
            registeredByAutoConfigurationOnly(context);
            assertProblem(get(port, "/fn/orders/o-42", "en"), 404, 700001, "ORDER_NOT_FOUND", "Order Errors", "Order o-42 not found",
                    "/fn/orders/o-42");
        }
    }

    @Nested
    @SpringBootTest(classes = InsideScanned.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PROPERTIES)
    class InsideTheScanScannedFromASibling {
        @LocalServerPort
        int port;

        @Autowired
        ApplicationContext context;

        @Test
        void theScannedAdviceWins() throws Exception {
            registeredByAutoConfigurationOnly(context);
            ownAdviceWins(port);
        }
    }

    @Nested
    @SpringBootTest(classes = InsideImported.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PROPERTIES)
    class InsideTheScanImported {
        @LocalServerPort
        int port;

        @Test
        void theImportedAdviceWins() throws Exception {
            ownAdviceWins(port);
        }
    }

    @Nested
    @SpringBootTest(classes = InsideCatchAll.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PROPERTIES)
    class InsideTheScanCatchAll {
        @LocalServerPort
        int port;

        @Test
        void theCatchAllWinsAndCanDelegate() throws Exception {
            catchAllWinsAndDelegates(port);
        }
    }
}
