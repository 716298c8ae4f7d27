package dev.errorcatalog.springtest;

import static dev.errorcatalog.springtest.HttpProblems.get;
import static dev.errorcatalog.springtest.HttpProblems.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.springtest.errors.ShopProblemHandler;
import dev.errorcatalog.springtest.replaced.ReplacedHandlerApplication;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** An application's own bean of the advice's type replaces the auto-configured one. */
@SpringBootTest(classes = ReplacedHandlerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.main.banner-mode=off")
class ReplacedHandlerTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theApplicationsBeanIsTheOnlyAdvice() throws Exception {
        assertEquals(1, context.getBeansOfType(ShopProblemHandler.class).size());
        Map<String, Object> problem = json(get(port, "/orders/o-1", "zh-CN"));
        assertEquals("https://support.shop.test/700001", problem.get("support"));
        assertEquals("未找到订单 o-1", problem.get("detail"));
    }
}
