package dev.errorcatalog.springtest;

import static dev.errorcatalog.springtest.GeneratedProblemsTest.assertProblem;
import static dev.errorcatalog.springtest.HttpProblems.get;
import static dev.errorcatalog.springtest.HttpProblems.json;
import static dev.errorcatalog.springtest.HttpProblems.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.springtest.errors.ShopProblemHandler;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * An application with its own {@code @RestControllerAdvice} for the catalog's base exception, found by
 * its scan in a sibling package while the catalog's package lies outside the scan: its
 * handler answers those exceptions, and the generated advice answers only what the application
 * does not handle (here the imported upstream catalog's exceptions).
 */
@SpringBootTest(classes = ApplicationHandlersWinTest.OutsideScanned.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.main.banner-mode=off")
class OwnHandlerBackOffTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theApplicationsOwnHandlerWins() throws Exception {
        HttpResponse<String> response = get(port, "/orders/o-42", "zh-CN");
        assertEquals(418, response.statusCode(), response.body());
        assertEquals(Map.of("ownCode", 700001, "ownMessage", "700001: Order o-42 not found"), json(response));
        assertEquals(418, send(port, "POST", "/payments", "en").statusCode());
        assertEquals(418, get(port, "/stock", "en").statusCode());
    }

    @Test
    void whatTheApplicationDoesNotHandleIsStillAProblem() throws Exception {
        // the generated advice is there (one bean), and it answers the imported catalog's exception
        assertEquals(1, context.getBeansOfType(ShopProblemHandler.class).size());
        assertProblem(get(port, "/quotes", "en"), 502, 300501, "UNABLE_TO_FETCH_QUOTE", "Quote Errors", "Unable to fetch quote result",
                "/quotes");
    }
}
