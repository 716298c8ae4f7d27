package dev.errorcatalog.example.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.example.web.errors.ServiceErrors;
import dev.errorcatalog.upstream.ApiErrors;
import dev.errorcatalog.upstream.PaymentException;
import dev.errorcatalog.upstream.PlatformException;
import jakarta.servlet.Filter;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the service on a random port and calls it over HTTP. One application context for all
 * tests: each test that changes state works on accounts it opens itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.main.banner-mode=off")
class ExampleApplicationTest {

    /** -Aerrorcatalog.problemTypeBase in example/pom.xml: the type URIs are fixed when the catalog compiles. */
    private static final String TYPE_BASE = "https://errors.example.dev/codes/";
    private static final String SECRET = "s3cr3t-internal-detail";
    private static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance", "code", "name");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Failures that only tests provoke: an unknown exception in a controller and in a filter. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Failures {

        @Bean
        FailingController failingController() {
            return new FailingController();
        }

        @Bean
        FilterRegistrationBean<Filter> failingFilter() {
            Filter filter = (request, response, chain) -> {
                throw new IllegalStateException("filter broke: " + SECRET);
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
            registration.addUrlPatterns("/test/filter-failure");
            return registration;
        }
    }

    @RestController
    static class FailingController {

        @GetMapping("/test/failure")
        String failure() {
            throw new IllegalStateException("database password is " + SECRET);
        }

        @GetMapping("/test/platform-failure")
        String platformFailure() {
            throw PlatformException.systemError();
        }

        @GetMapping("/test/catalog-failure-with-cause")
        String catalogFailureWithCause() {
            throw PaymentException.bindBankAccountFailed(new IOException("provider said " + SECRET));
        }
    }

    /** A response: status, headers and the body as JSON. */
    record Response(int status, HttpResponse<String> raw, JsonNode json) {

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String text(String member) {
            return json.get(member).asString();
        }
    }

    @LocalServerPort
    int port;

    private Response send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(method + " " + path + " interrupted", e);
        }
    }

    private Response get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    private Response post(String path, String body, String... headers) {
        return send("POST", path, body, headers);
    }

    /** Asserts a catalog problem response in every detail. */
    private static void assertProblem(Response r, int status, int code, String name, String title, String detail,
            String instance) {
        String body = r.raw().body();
        assertAll(body,
                () -> assertEquals(status, r.status(), "HTTP status"),
                () -> assertTrue(String.valueOf(r.header("Content-Type")).startsWith("application/problem+json"),
                        "Content-Type: " + r.header("Content-Type")),
                () -> assertEquals(new TreeSet<>(PROBLEM_MEMBERS), new TreeSet<>(r.json().propertyNames()), "members"),
                () -> assertEquals(TYPE_BASE + code, r.text("type")),
                () -> assertEquals(title, r.text("title")),
                () -> assertEquals(status, r.json().get("status").asInt()),
                () -> assertEquals(detail, r.text("detail")),
                () -> assertEquals(instance, r.text("instance")),
                () -> assertEquals(code, r.json().get("code").asInt()),
                () -> assertEquals(name, r.text("name")),
                () -> assertEquals(ServiceErrors.find(code).map(e -> e.name()).orElseGet(() -> ApiErrors.of(code).name()), name,
                        "the name is the catalog's"));
    }

    /** A new account with approved KYC. */
    private String approvedAccount() {
        String id = post("/accounts", null).text("id");
        Response kyc = post("/accounts/" + id + "/kyc",
                "{\"fullName\": \"Test User\", \"email\": \"" + id + "@example.com\", \"proofOfResidence\": \"utility-bill.pdf\"}");
        assertEquals(200, kyc.status(), kyc.raw().body());
        assertEquals("APPROVED", kyc.text("kycStatus"));
        return id;
    }

    // --- the problem format and its languages ---

    @Test
    void theServicesOwnCatalogMapsTheSameWay() {
        String id = post("/accounts", null).text("id");
        String path = "/accounts/" + id + "/watchlist";
        assertEquals(200, post(path, "{\"asset\": \"BTC\"}").status());
        assertProblem(post(path, "{\"asset\": \"BTC\"}"), 409, 701002, "ASSET_ALREADY_WATCHED", "Watchlist Errors",
                "BTC is already on the watchlist", path);
        assertProblem(post(path, "{\"asset\": \"DOGE\"}", "Accept-Language", "zh-CN"), 422, 701003, "UNKNOWN_ASSET",
                "自选列表错误", "未知资产 DOGE", path);
        assertEquals(200, post(path, "{\"asset\": \"ETH\"}").status());
        assertEquals(200, post(path, "{\"asset\": \"USDC\"}").status());
        assertProblem(post(path, "{\"asset\": \"USD\"}", "Accept-Language", "zh-CN"), 409, 701001, "WATCHLIST_FULL",
                "自选列表错误", id + " 的自选列表已有 3 个资产", path);
        assertEquals("[\"BTC\",\"ETH\",\"USDC\"]", get(path).raw().body());
        assertProblem(get("/accounts/nobody/watchlist"), 404, 916001, "USER_NOT_FOUND", "User Errors", "User not exist",
                "/accounts/nobody/watchlist");
    }

    @Test
    void aCatalogExceptionIsAProblemWithTheCodesStatusTitleMessageAndType() {
        Response r = post("/accounts/bob/bank-accounts", "{\"bank\": \"chase\", \"accountNumber\": \"000123456789\"}");
        assertProblem(r, 422, 304900, "ACH_PRE_CHECKS", "ACH Errors", "Ach pre checks", "/accounts/bob/bank-accounts");
        assertEquals("Accept-Language", r.header("Vary"));
    }

    @Test
    void acceptLanguageZhCnGetsTheChineseTitle() {
        String path = "/accounts/bob/bank-accounts";
        String body = "{\"bank\": \"chase\", \"accountNumber\": \"000123456789\"}";
        // the upstream messages are English only: the detail falls back to English
        assertProblem(post(path, body, "Accept-Language", "zh-CN"), 422, 304900, "ACH_PRE_CHECKS", "ACH错误", "Ach pre checks", path);
        assertProblem(post(path, body, "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"), 422, 304900, "ACH_PRE_CHECKS", "ACH错误", "Ach pre checks", path);
        assertProblem(post(path, body, "Accept-Language", "fr-FR, zh-CN;q=0.5"), 422, 304900, "ACH_PRE_CHECKS", "ACH错误", "Ach pre checks", path);
        assertEquals("交易错误", post("/accounts/bob/trades", "{\"side\": \"BUY\", \"asset\": \"BTC\", \"amount\": 1}",
                "Accept-Language", "zh-CN").text("title"));
    }

    @Test
    void otherLanguagesAndNoneGetEnglishWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            String path = "/accounts/bob/bank-accounts";
            String body = "{\"bank\": \"chase\", \"accountNumber\": \"000123456789\"}";
            assertEquals("ACH Errors", post(path, body).text("title"));
            assertEquals("ACH Errors", post(path, body, "Accept-Language", "fr").text("title"));
            assertEquals("ACH Errors", post(path, body, "Accept-Language", "en-US").text("title"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aCategoryWithoutAChineseTitleFallsBackToEnglish() {
        Response r = get("/test/platform-failure", "Accept-Language", "zh-CN");
        assertProblem(r, 500, 900000, "SYSTEM_ERROR", "System Errors", "System Error", "/test/platform-failure");
    }

    // --- unknown failures: no catalog exception, so Spring Boot's own error response ---

    @Test
    void anUnknownFailureIsSpringBootsErrorResponseWithoutAStackTrace() {
        Response r = get("/test/failure");
        assertEquals(500, r.status(), r.raw().body());
        assertEquals(500, r.json().get("status").asInt());
        assertNoInternals(r);
    }

    @Test
    void theCauseOfACatalogExceptionStaysOnTheServer() {
        Response r = get("/test/catalog-failure-with-cause");
        assertProblem(r, 502, 305002, "BIND_BANK_ACCOUNT_FAILED", "Payment Errors",
                "Bind bank account fail, please try again later", "/test/catalog-failure-with-cause");
        assertNoInternals(r);
    }

    @Test
    void aFailureOutsideSpringMvcIsSpringBootsErrorResponseWithoutAStackTrace() {
        Response r = get("/test/filter-failure");
        assertEquals(500, r.status(), r.raw().body());
        assertNoInternals(r);
    }

    private static void assertNoInternals(Response r) {
        String body = r.raw().body();
        for (String leak : new String[] {SECRET, "Exception", "exception", "trace", "\tat ", "dev.errorcatalog.example"}) {
            assertFalse(body.contains(leak), "leaks " + leak + ": " + body);
        }
    }

    // --- Spring's own errors ---

    @Test
    void anUnknownRouteIsA404Problem() {
        assertProblem(get("/no/such/route"), 404, 101002, "BAD_REQUEST", "System Errors", "Bad Request", "/no/such/route");
    }

    @Test
    void aWrongMethodIsA405ProblemThatSaysWhichAreAllowed() {
        Response r = send("DELETE", "/quotes?from=USD&to=BTC&amount=1", null);
        assertProblem(r, 405, 101002, "BAD_REQUEST", "System Errors", "Bad Request", "/quotes");
        assertEquals("GET", r.header("Allow"));
    }

    @Test
    void anUnsupportedContentTypeIsA415Problem() {
        Response r = send("POST", "/accounts/alice/trades", null, "Content-Type", "text/plain");
        assertProblem(r, 415, 101002, "BAD_REQUEST", "System Errors", "Bad Request", "/accounts/alice/trades");
    }

    @Test
    void malformedJsonIsBadRequest() {
        String path = "/accounts/alice/trades";
        assertProblem(post(path, "{\"side\": \"BUY\", "), 400, 101002, "BAD_REQUEST", "System Errors", "Bad Request", path);
        assertProblem(post(path, "{\"side\": \"HOLD\", \"asset\": \"BTC\", \"amount\": 1}"), 400, 101002, "BAD_REQUEST",
                "System Errors", "Bad Request", path);
        assertProblem(post(path, "{\"side\": \"BUY\", \"asset\": \"BTC\", \"amount\": \"lots\"}"), 400, 101002, "BAD_REQUEST",
                "System Errors", "Bad Request", path);
        assertProblem(post(path, ""), 400, 101002, "BAD_REQUEST", "System Errors", "Bad Request", path);
    }

    @Test
    void aMissingOrMistypedParameterIsBadRequest() {
        assertProblem(get("/quotes?from=USD&to=BTC"), 400, 101002, "BAD_REQUEST", "System Errors", "Bad Request", "/quotes");
        assertProblem(get("/quotes?from=USD&to=BTC&amount=ten"), 400, 101002, "BAD_REQUEST", "System Errors", "Bad Request", "/quotes");
    }

    @Test
    void aClientThatAcceptsOnlyHtmlStillGetsTheProblem() {
        Response r = get("/quotes?from=USD&to=DOGE&amount=1", "Accept", "text/html");
        assertProblem(r, 502, 300501, "UNABLE_TO_FETCH_QUOTE", "Quote Errors", "Unable to fetch quote result", "/quotes");
    }

    // --- quotes ---

    @Test
    void aQuote() {
        Response r = get("/quotes?from=USD&to=BTC&amount=250");
        assertEquals(200, r.status(), r.raw().body());
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
        assertEquals("BTC", r.text("to"));
        assertEquals(0, r.json().get("rate").decimalValue().compareTo(new BigDecimal("0.00002")));
        assertEquals(0, r.json().get("converted").decimalValue().compareTo(new BigDecimal("0.005")));
    }

    @Test
    void quoteValidation() {
        assertProblem(get("/quotes?from=USD&to=DOGE&amount=100", "Accept-Language", "zh-CN"), 502, 300501,
                "UNABLE_TO_FETCH_QUOTE", "询价错误", "Unable to fetch quote result", "/quotes");
        for (String query : new String[] {"from=USD&to=BTC&amount=0", "from=USD&to=BTC&amount=-5",
                "from=usd&to=BTC&amount=5", "from=USD&to=USD&amount=5", "from=USD&to=&amount=5"}) {
            assertProblem(get("/quotes?" + query), 422, 101004, "INVALID_DATA", "System Errors",
                    "The given data was invalid", "/quotes");
        }
    }

    // --- accounts and KYC ---

    @Test
    void anUnknownAccountIsUserNotFound() {
        assertProblem(get("/accounts/nobody"), 404, 916001, "USER_NOT_FOUND", "User Errors", "User not exist", "/accounts/nobody");
    }

    @Test
    void kycSubmission() {
        Response opened = post("/accounts", null);
        assertEquals(201, opened.status());
        String id = opened.text("id");
        assertEquals("/accounts/" + id, opened.header("Location"));
        assertEquals("NOT_SUBMITTED", opened.text("kycStatus"));
        String path = "/accounts/" + id + "/kyc";

        assertProblem(post(path, "{\"email\": \"x@example.com\", \"proofOfResidence\": \"bill.pdf\"}"), 422, 303001,
                "INCOMPLETE_APPLICATION", "KYC Errors", "Incompleted application", path);
        assertProblem(post(path, "{\"fullName\": \"X\", \"email\": \"not-an-email\", \"proofOfResidence\": \"bill.pdf\"}"),
                422, 303114, "INVALID_EMAIL", "KYC Errors", "Email invalid", path);
        assertProblem(post(path, "{\"fullName\": \"X\", \"email\": \"x@example.com\", \"proofOfResidence\": \" \"}"),
                422, 303108, "PROOF_OF_RESIDENCE_EMPTY", "KYC Errors", "The proof of residence is empty", path);
        assertProblem(post(path, "{\"fullName\": \"X\", \"email\": \"ALICE@example.com\", \"proofOfResidence\": \"bill.pdf\"}",
                "Accept-Language", "zh-CN"), 409, 303112, "ACCOUNT_EMAIL_OCCUPIED", "KYC错误",
                "This account email has been occupied", path);

        Response approved = post(path, "{\"fullName\": \"X\", \"email\": \"" + id + "@example.com\", \"proofOfResidence\": \"bill.pdf\"}");
        assertEquals(200, approved.status(), approved.raw().body());
        assertEquals("APPROVED", approved.text("kycStatus"));

        assertProblem(post(path, "{\"fullName\": \"X\", \"email\": \"" + id + "@example.com\", \"proofOfResidence\": \"bill.pdf\"}"),
                409, 303104, "APPLICATION_ALREADY_SUBMITTED", "KYC Errors", "Application already submitted", path);
    }

    // --- trades ---

    @Test
    void tradesNeedApprovedKycAndNoOpenRfi() {
        String order = "{\"side\": \"BUY\", \"asset\": \"BTC\", \"amount\": 100}";
        assertProblem(post("/accounts/bob/trades", order), 422, 301100, "UNABLE_TO_TRADE", "Trade Errors", "Unable to trade",
                "/accounts/bob/trades");
        assertProblem(post("/accounts/carol/trades", order), 422, 301001, "UNDER_RFI", "Trade Errors", "Under RFI",
                "/accounts/carol/trades");
        assertProblem(post("/accounts/nobody/trades", order), 404, 916001, "USER_NOT_FOUND", "User Errors", "User not exist",
                "/accounts/nobody/trades");
    }

    @Test
    void buyAndSell() {
        String id = approvedAccount();
        String path = "/accounts/" + id + "/trades";

        Response bought = post(path, "{\"side\": \"BUY\", \"asset\": \"BTC\", \"amount\": 250}");
        assertEquals(201, bought.status(), bought.raw().body());
        assertEquals(0, bought.json().get("quantity").decimalValue().compareTo(new BigDecimal("0.005")));
        assertEquals(0, bought.json().get("balance").decimalValue().compareTo(new BigDecimal("750")));

        assertProblem(post(path, "{\"side\": \"BUY\", \"asset\": \"BTC\", \"amount\": 750.01}"), 422, 301005,
                "NOT_ENOUGH_BALANCE", "Trade Errors", "Not enough balance", path);
        assertProblem(post(path, "{\"side\": \"SELL\", \"asset\": \"BTC\", \"amount\": 0.006}"), 422, 301005,
                "NOT_ENOUGH_BALANCE", "Trade Errors", "Not enough balance", path);
        assertProblem(post(path, "{\"side\": \"SELL\", \"asset\": \"ETH\", \"amount\": 1}"), 422, 301005,
                "NOT_ENOUGH_BALANCE", "Trade Errors", "Not enough balance", path);

        Response sold = post(path, "{\"side\": \"SELL\", \"asset\": \"BTC\", \"amount\": 0.005}");
        assertEquals(201, sold.status(), sold.raw().body());
        assertEquals(0, sold.json().get("balance").decimalValue().compareTo(new BigDecimal("1000")));
        assertTrue(get("/accounts/" + id).json().get("holdings").isEmpty());
    }

    @Test
    void tradeValidation() {
        String path = "/accounts/alice/trades";
        for (String order : new String[] {"{\"asset\": \"BTC\", \"amount\": 1}", "{\"side\": \"BUY\", \"amount\": 1}",
                "{\"side\": \"BUY\", \"asset\": \"BTC\"}", "{\"side\": \"BUY\", \"asset\": \"BTC\", \"amount\": 0}",
                "{\"side\": \"BUY\", \"asset\": \"USD\", \"amount\": 1}", "{}"}) {
            assertProblem(post(path, order), 422, 101004, "INVALID_DATA", "System Errors", "The given data was invalid", path);
        }
        assertProblem(post(path, "{\"side\": \"BUY\", \"asset\": \"DOGE\", \"amount\": 1}"), 502, 300501,
                "UNABLE_TO_FETCH_QUOTE", "Quote Errors", "Unable to fetch quote result", path);
    }

    // --- linked bank accounts ---

    @Test
    void linkingBankAccounts() {
        String id = approvedAccount();
        String path = "/accounts/" + id + "/bank-accounts";

        Response linked = post(path, "{\"bank\": \"Chase\", \"accountNumber\": \"000123456789\"}");
        assertEquals(201, linked.status(), linked.raw().body());
        assertEquals("6789", linked.text("last4"));
        assertFalse(linked.raw().body().contains("000123456789"), linked.raw().body());

        assertProblem(post(path, "{\"bank\": \"chase\", \"accountNumber\": \"000123456789\"}"), 409, 305003,
                "LINKED_ACCOUNT_EXISTS", "Payment Errors", "Linked account exists", path);
        assertProblem(post(path, "{\"bank\": \"SVB\", \"accountNumber\": \"11112222\"}", "Accept-Language", "zh-CN"), 422, 305004,
                "BANK_NOT_AVAILABLE", "支付错误", "This bank is not available. Please choose another bank instead", path);
        for (String request : new String[] {"{\"bank\": \"chase\", \"accountNumber\": \"12ab\"}",
                "{\"bank\": \"chase\", \"accountNumber\": \"123\"}", "{\"accountNumber\": \"12345678\"}", "{\"bank\": \"chase\"}"}) {
            assertProblem(post(path, request), 422, 101004, "INVALID_DATA", "System Errors", "The given data was invalid", path);
        }

        assertEquals(201, post(path, "{\"bank\": \"citi\", \"accountNumber\": \"55556666\"}").status());
        assertProblem(post(path, "{\"bank\": \"wells\", \"accountNumber\": \"77778888\"}"), 422, 305005,
                "BANK_ACCOUNT_LIMIT_REACHED", "Payment Errors",
                "Looks like you've reached the limit for the number of bank accounts limited to your account", path);
        assertEquals(2, get(path).json().size());
    }

    @Test
    void bankAccountsNeedApprovedKyc() {
        String body = "{\"bank\": \"chase\", \"accountNumber\": \"000123456789\"}";
        assertProblem(post("/accounts/carol/bank-accounts", body), 422, 304900, "ACH_PRE_CHECKS", "ACH Errors", "Ach pre checks",
                "/accounts/carol/bank-accounts");
        assertProblem(post("/accounts/nobody/bank-accounts", body), 404, 916001, "USER_NOT_FOUND", "User Errors", "User not exist",
                "/accounts/nobody/bank-accounts");
    }
}
