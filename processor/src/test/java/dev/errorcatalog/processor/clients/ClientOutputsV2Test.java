package dev.errorcatalog.processor.clients;

import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcatalog.processor.docs.html.HtmlWriter;
import dev.errorcatalog.processor.docs.openapi.OpenApiWriter;
import dev.errorcatalog.processor.model.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The format's version-2 additions reach the HTML page and the OpenAPI description: older names,
 * field values and their legend, retired codes with their names and reasons, codes of any sign.
 * (The TypeScript module's are compiled and run in {@link TypeScriptModuleTest}.)
 */
class ClientOutputsV2Test {
    static Catalog load(String resource) {
        FrontEnd.Result result = FrontEnd.load("errors.yaml",
                ClientTools.resource(resource).getBytes(StandardCharsets.UTF_8), Options.DEFAULTS);
        assertEquals(List.of(), result.diagnostics());
        return result.catalog().orElseThrow();
    }

    @Test
    void htmlShowsAliasesFieldsAndRetiredNames() {
        String html = HtmlWriter.html(load("errors.yaml"));
        assertTrue(html.contains("<div class=\"aliases\">formerly <code>SESSION_MISSING</code></div>"), html);
        assertTrue(html.contains(" id=\"304100\" data-search=\"304100 no_session_found session_missing "), "aliases are searched");
        assertTrue(html.contains("<th>Fields</th>"), html);
        assertTrue(html.contains("<td class=\"fields\"><div><code>sqlstate</code> 58000</div><div><code>retryable</code> true</div>"
                + "<div><code>grpc</code> INTERNAL</div><div><code>retry-after-seconds</code> 30</div></td>"), html);
        assertTrue(html.contains("<tr><td><code>grpc</code></td><td>enum: INVALID_ARGUMENT, NOT_FOUND, INTERNAL</td><td>INTERNAL</td>"), html);
        assertTrue(html.contains("<tr><td><code>sqlstate</code></td><td>string matching [0-9A-Z]{5}</td><td>HY000</td>"
                + "<td>SQLSTATE for SQL clients</td></tr>"), html);
        assertTrue(html.contains("<tr class=\"retired-code\"><td><code>304002</code></td><td><code>SESSION_EXPIRED</code></td>"
                + "<td>Merged into 304100</td><td>304002</td><td>304002</td></tr>"), html);
        assertTrue(html.contains("<tr class=\"retired-code\"><td><code>1012xx</code></td><td></td><td></td><td>101200</td><td>101299</td></tr>"), html);
    }

    @Test
    void htmlAnchorsNegativeCodes() {
        String html = HtmlWriter.html(load("any-digits.yaml"));
        assertTrue(html.contains("<tr class=\"error\" id=\"-1\" data-search=\"-1 busy "), html);
        assertTrue(html.contains("<a href=\"#-1\">-1</a>"), html);
        assertTrue(html.contains("<td class=\"arguments\"><code>seconds: int</code></td>"), html);
        assertTrue(html.contains("id <code>system</code> · frozen: closed to new codes</p>"), html);
    }

    @Test
    void openApiCarriesAliasesFieldsAndRetiredCodes() throws IOException {
        String openapi = OpenApiWriter.openapi(load("errors.yaml"));
        OpenApiDescriptionTest.parseWithoutMessages(openapi);
        JsonNode catalog = new ObjectMapper().readTree(openapi).at("/components/schemas/ApiCode/x-error-catalog");
        JsonNode noSession = catalog.get("codes").get(1);
        assertEquals("{\"code\":304100,\"name\":\"NO_SESSION_FOUND\",\"aliases\":[\"SESSION_MISSING\"],\"category\":\"compliance\","
                + "\"status\":404,\"grpc-code\":\"NOT_FOUND\",\"messages\":{\"en\":\"No session {id} for {user}, {{literal}}\",\"zh-CN\":\"{user} 没有会话 {id}\","
                + "\"de\":\"No session {id} for {user}, {{literal}}\"},\"fields\":{\"sqlstate\":\"HY000\",\"retryable\":false,\"grpc\":\"NOT_FOUND\"}}", noSession.toString());
        assertEquals("{\"code\":304002,\"name\":\"SESSION_EXPIRED\",\"reason\":\"Merged into 304100\"}", catalog.get("retired").get(2).toString());
        assertEquals("{\"from\":101200,\"to\":101299}", catalog.get("retired").get(1).toString());
        JsonNode negative = new ObjectMapper().readTree(OpenApiWriter.openapi(load("any-digits.yaml")));
        assertEquals("[-1,0,40001]", negative.at("/components/schemas/WxCode/enum").toString());
    }
}
