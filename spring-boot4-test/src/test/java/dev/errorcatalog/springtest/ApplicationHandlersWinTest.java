package dev.errorcatalog.springtest;

import static dev.errorcatalog.springtest.GeneratedProblemsTest.assertProblem;
import static dev.errorcatalog.springtest.HttpProblems.get;
import static dev.errorcatalog.springtest.HttpProblems.json;
import static dev.errorcatalog.springtest.HttpProblems.send;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.springtest.catchall.CatchAllAdvice;
import dev.errorcatalog.springtest.errors.ShopProblemAutoConfiguration;
import dev.errorcatalog.springtest.errors.ShopProblemHandler;
import dev.errorcatalog.springtest.errors.ShopProblemMvcConfiguration;
import dev.errorcatalog.springtest.own.OwnShopAdvice;
import dev.errorcatalog.springtest.service.ShopServiceApplication;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The application's own {@code @ExceptionHandler} always wins, whatever the layout: the catalog's
 * package inside or outside the component scan, times the application's advice scanned from a
 * sibling package, imported, or a catch-all (the advice-less application is {@link GeneratedProblemsTest}
 * outside the scan and {@link InsideAbsent} inside). The advices carry no {@code @Order}.
 */
class ApplicationHandlersWinTest {
    static final String WEB = "dev.errorcatalog.springtest.web";
    static final String OWN = "dev.errorcatalog.springtest.own";
    static final String CATCH_ALL = "dev.errorcatalog.springtest.catchall";
    static final String ERRORS = "dev.errorcatalog.springtest.errors";
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

    @SpringBootApplication(scanBasePackages = {WEB, ERRORS})
    @Import(OwnShopAdvice.class)
    static class InsideImported {}

    @SpringBootApplication(scanBasePackages = {WEB, ERRORS, CATCH_ALL})
    static class InsideCatchAll {}

    /** The own advice answers the shop's exceptions; the generated handler only the upstream catalog's. */
    static void ownAdviceWins(int port) throws Exception {
        HttpResponse<String> response = get(port, "/orders/o-42", "zh-CN");
        assertEquals(418, response.statusCode(), response.body());
        assertEquals(Map.of("ownCode", 700001, "ownMessage", "700001: Order o-42 not found"), json(response));
        assertEquals(418, send(port, "POST", "/payments", "en").statusCode());
        assertEquals(418, get(port, "/stock", "en").statusCode());
        assertProblem(get(port, "/quotes", "en"), 502, 300501, "UNABLE_TO_FETCH_QUOTE", "Quote Errors", "Unable to fetch quote result",
                "/quotes");
    }

    /** The catch-all answers everything: payments its own way, the other catalog exceptions through the generated handler. */
    static void catchAllWinsAndDelegates(int port) throws Exception {
        HttpResponse<String> payments = send(port, "POST", "/payments", "en");
        assertEquals(418, payments.statusCode(), payments.body());
        assertEquals(Map.of("catchAll", "payments"), json(payments));
        HttpResponse<String> order = get(port, "/orders/o-42", "zh-CN");
        assertProblem(order, 404, 700001, "ORDER_NOT_FOUND", "订单错误", "未找到订单 o-42", "/orders/o-42");
        assertEquals("catch-all", order.headers().firstValue("X-Answered-By").orElse(""));
        assertEquals("catch-all", get(port, "/quotes", "en").headers().firstValue("X-Answered-By").orElse(""));
        assertEquals(Map.of("catchAll", "IllegalStateException"), json(get(port, "/boom", "en")));
    }

    /** One handler, from the auto-configuration (named by its class), never from the scan. */
    static void registeredByAutoConfigurationOnly(ApplicationContext context) {
        assertArrayEquals(new String[] {"shopProblemHandler"}, context.getBeanNamesForType(ShopProblemHandler.class));
        assertArrayEquals(new String[] {ShopProblemAutoConfiguration.class.getName()},
                context.getBeanNamesForType(ShopProblemAutoConfiguration.class));
        assertArrayEquals(new String[] {ShopProblemMvcConfiguration.class.getName()},
                context.getBeanNamesForType(ShopProblemMvcConfiguration.class));
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
            assertProblem(get(port, "/orders/o-42", "en"), 404, 700001, "ORDER_NOT_FOUND", "Order Errors", "Order o-42 not found",
                    "/orders/o-42");
        }
    }

    /** The layout where an advice used to lose by a tie; the same application runs from the fat jar (FatJarIT). */
    @Nested
    @SpringBootTest(classes = ShopServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = PROPERTIES)
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
