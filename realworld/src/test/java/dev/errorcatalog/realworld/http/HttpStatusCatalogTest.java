package dev.errorcatalog.realworld.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.realworld.UpstreamFiles;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Python's http.HTTPStatus through the generated API: numbers, names, phrases, descriptions and its aliases. */
class HttpStatusCatalogTest {

    private static final String SOURCE = "http-status/__init__.py";

    @Test
    void holdsEveryStatusAndAliasOfTheEnum() {
        List<String[]> statuses = UpstreamFiles.matches(SOURCE, "^    ([A-Z_]+) = \\(?(\\d{3}),");
        List<String[]> aliases = UpstreamFiles.matches(SOURCE, "^    ([A-Z_]+) = ([A-Z_]+)$");
        assertEquals(62, statuses.size());
        assertEquals(4, aliases.size());
        assertEquals(statuses.size(), HttpStatusErrors.all().size());
        for (String[] status : statuses) {
            HttpStatusError error = HttpStatusErrors.of(Integer.parseInt(status[1]));
            assertEquals(status[0], error.name());
            assertSame(error, HttpStatusErrors.find(status[0]).orElseThrow());
        }
        for (String[] alias : aliases) {
            assertSame(HttpStatusErrors.find(alias[1]).orElseThrow(), HttpStatusErrors.find(alias[0]).orElseThrow(), alias[0]);
        }
    }

    @Test
    @SuppressWarnings("deprecation")
    void oldNamesAreAliasesOfTheCurrentOnes() {
        assertSame(ClientError.CONTENT_TOO_LARGE, HttpStatusErrors.find("REQUEST_ENTITY_TOO_LARGE").orElseThrow());
        assertSame(ClientError.CONTENT_TOO_LARGE, ClientError.REQUEST_ENTITY_TOO_LARGE);
        assertSame(ClientError.UNPROCESSABLE_CONTENT, ClientError.UNPROCESSABLE_ENTITY);
        assertSame(ClientError.URI_TOO_LONG, HttpStatusErrors.find("REQUEST_URI_TOO_LONG").orElseThrow());
        assertSame(ClientError.RANGE_NOT_SATISFIABLE, HttpStatusErrors.find("REQUESTED_RANGE_NOT_SATISFIABLE").orElseThrow());
        assertEquals(422, ClientException.unprocessableEntity().code());
        assertSame(ClientError.UNPROCESSABLE_CONTENT, ClientException.unprocessableEntity().error());
        assertEquals(Optional.empty(), HttpStatusErrors.find("UNPROCESSABLE"));
    }

    @Test
    void everyStatusIsItsOwnHttpStatusAndPhrase() {
        for (HttpStatusError error : HttpStatusErrors.all()) {
            assertEquals(error.code(), error.httpStatus(), error.name());
            assertEquals(error.code() / 100, error.category().first() / 100, error.name());
        }
        assertEquals("I'm a Teapot", ClientError.IM_A_TEAPOT.message());
        assertEquals("Content Too Large", HttpStatusErrors.of(413).message());
        assertEquals(List.of(100, 200, 300, 400, 500),
                List.of(HttpStatusCategory.values()).stream().map(HttpStatusCategory::first).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void findsTheSmallestAndBiggestStatusAndNothingOutside() {
        assertSame(InformationalError.CONTINUE, HttpStatusErrors.of(100));
        assertSame(ServerError.NETWORK_AUTHENTICATION_REQUIRED, HttpStatusErrors.of(511));
        assertEquals(Optional.empty(), HttpStatusErrors.find(0));
        assertEquals(Optional.empty(), HttpStatusErrors.find(-1));
        assertEquals(Optional.empty(), HttpStatusErrors.find(306));
        assertEquals(Optional.empty(), HttpStatusErrors.find(Integer.MAX_VALUE));
        assertSame(HttpStatusCategory.REDIRECTION, HttpStatusErrors.categoryOf(306).orElseThrow());
    }

    @Test
    void factoriesDodgeKeywords() {
        assertEquals(100, InformationalException.continue_().code());
        assertEquals(200, SuccessException.ok().code());
        ServerException e = ServerException.serviceUnavailable();
        assertTrue(e.getMessage().contains("503") && e.getMessage().contains("Service Unavailable"), e.getMessage());
    }
}
