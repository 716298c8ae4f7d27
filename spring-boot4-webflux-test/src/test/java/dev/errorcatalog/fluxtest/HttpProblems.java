package dev.errorcatalog.fluxtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.json.JsonParserFactory;

/**
 * Calls the running application over HTTP with {@link HttpClient} and reads JSON with Spring Boot's
 * own small parser, which Boot 3 and Boot 4 both have (their Jackson versions differ).
 */
final class HttpProblems {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private HttpProblems() {}

    static HttpResponse<String> get(int port, String path, String acceptLanguage) throws IOException, InterruptedException {
        return send(port, "GET", path, acceptLanguage);
    }

    static HttpResponse<String> send(int port, String method, String path, String acceptLanguage)
            throws IOException, InterruptedException {
        return send(port, method, path, acceptLanguage, null);
    }

    /** {@code acceptLanguage} and {@code accept} are left out when null. */
    static HttpResponse<String> send(int port, String method, String path, String acceptLanguage, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Map<String, Object> json(HttpResponse<String> response) {
        return JsonParserFactory.getJsonParser().parseMap(response.body());
    }
}
