package dev.errorcatalog.processor.clients;

import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcatalog.processor.docs.LocaleFallbackTest;
import dev.errorcatalog.processor.docs.openapi.OpenApiWriter;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI description, read by a real OpenAPI parser (swagger-parser): valid with no
 * messages, and a team's own API description that {@code $ref}s its response and schema from
 * beside it resolves to the problem schema with the codes.
 */
public class OpenApiDescriptionTest {
    @TempDir
    Path dir;

    static String openapi() {
        FrontEnd.Result result = FrontEnd.load("errors.yaml",
                ClientTools.resource("errors.yaml").getBytes(StandardCharsets.UTF_8), Options.DEFAULTS);
        return OpenApiWriter.openapi(result.catalog().orElseThrow());
    }

    /** Parses {@code openapi} with swagger-parser, asserting it reports nothing; the result. */
    public static OpenAPI parseWithoutMessages(String openapi) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(openapi, null, options);
        assertEquals(List.of(), result.getMessages());
        assertNotNull(result.getOpenAPI());
        return result.getOpenAPI();
    }

    @Test
    void validWithNoMessages() throws IOException {
        OpenAPI api = parseWithoutMessages(openapi());
        assertEquals("3.1.0", api.getOpenapi());
        Schema<?> problem = api.getComponents().getSchemas().get("ApiProblem");
        assertEquals(List.of("code", "name"), problem.getRequired());
        assertEquals("#/components/schemas/ApiCode", ((Schema<?>) problem.getProperties().get("code")).get$ref());
        assertEquals("#/components/schemas/ApiErrorName", ((Schema<?>) problem.getProperties().get("name")).get$ref());
        assertEquals(List.of(304001, 304100, 304200, 304900, 900000), api.getComponents().getSchemas().get("ApiCode").getEnum());
        assertEquals(List.of("compliance", "ach", "system"), List.copyOf(api.getComponents().getExamples().keySet()));

        JsonNode json = new ObjectMapper().readTree(openapi());
        JsonNode code = json.at("/components/schemas/ApiCode");
        assertEquals("[\"OLD_CHECK\",\"NO_SESSION_FOUND\",\"LIMIT_EXCEEDED\",\"ACH_PRE_CHECKS\",\"SYSTEM_ERROR\"]", code.get("x-enum-varnames").toString());
        assertEquals("Old check (deprecated: Use 304100 instead)", code.get("x-enum-descriptions").get(0).asText());
        assertEquals("No session {id} for {user}, {{literal}}", code.get("x-enum-descriptions").get(1).asText());
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Compliance Errors\",\"status\":404,"
                + "\"detail\":\"No session {id} for {user}, {{literal}}\",\"code\":304100,\"name\":\"NO_SESSION_FOUND\"}",
                json.at("/components/examples/compliance/value").toString());
        assertEquals("ACH Errors (3049xx): ACH_PRE_CHECKS", json.at("/components/examples/ach/summary").asText());
        assertEquals("Limit {amount} exceeded on {day} by {host}:{port} ({size} bytes, {note})",
                code.get("x-enum-descriptions").get(2).asText(), "typed placeholders shown as the Java API's template");
    }

    @Test
    void aRegionalLocaleHoldsItsLanguagesMessageAsJavaShowsIt() throws IOException {
        String openapi = OpenApiWriter.openapi(LocaleFallbackTest.regional());
        parseWithoutMessages(openapi);
        JsonNode json = new ObjectMapper().readTree(openapi);
        JsonNode codes = json.at("/components/schemas/ApiCode/x-error-catalog/codes");
        // 101002 has en and de: de-AT shows de's, fr and fr-CA the default's
        assertEquals("{\"en\":\"Account {user} locked after {attempts} attempts\",\"de\":\"Konto {user} nach {attempts} Versuchen gesperrt\","
                + "\"de-AT\":\"Konto {user} nach {attempts} Versuchen gesperrt\",\"fr\":\"Account {user} locked after {attempts} attempts\","
                + "\"fr-CA\":\"Account {user} locked after {attempts} attempts\"}", codes.get(1).get("messages").toString());
        // 101001 has its own de-AT, and fr but not fr-CA
        assertEquals("Ka Sitzung {id} f\u00fcr {user}", codes.get(0).at("/messages/de-AT").asText());
        assertEquals("Pas de session {id} pour {user}", codes.get(0).at("/messages/fr-CA").asText());
    }

    @Test
    void theParserDoesReportABrokenDescription() {
        SwaggerParseResult broken = new OpenAPIV3Parser().readContents(
                openapi().replace("\"info\"", "\"inf0\""), null, new ParseOptions());
        assertEquals(List.of("attribute inf0 is unexpected", "attribute info is missing"), broken.getMessages());
    }

    @Test
    void anApiDescriptionReferencingItResolves() throws IOException {
        Files.writeString(dir.resolve("api-errors.openapi.json"), openapi(), StandardCharsets.UTF_8);
        Path api = dir.resolve("accounts-api.yaml");
        Files.writeString(api, ClientTools.resource("accounts-api.yaml"), StandardCharsets.UTF_8);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(api.toUri().toString(), null, options);
        assertEquals(List.of(), result.getMessages());
        var responses = result.getOpenAPI().getPaths().get("/accounts/{id}").getGet().getResponses();
        for (ApiResponse response : List.of(responses.get("404"), responses.get("default"))) {
            Schema<?> schema = response.getContent().get("application/problem+json").getSchema();
            assertEquals(List.of("code", "name"), schema.getRequired(), response.toString());
            Schema<?> code = (Schema<?>) schema.getProperties().get("code");
            assertEquals(List.of(304001, 304100, 304200, 304900, 900000), code.getEnum(), response.toString());
        }
    }
}
