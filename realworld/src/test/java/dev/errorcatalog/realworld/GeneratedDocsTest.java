package dev.errorcatalog.realworld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.realworld.http.HttpStatusErrors;
import dev.errorcatalog.realworld.sqlite.SqliteErrors;
import dev.errorcatalog.realworld.wechat.WeChatOpenErrors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Markdown reference and the JSON descriptor of each real catalog carry every code and the version-2 keys. */
class GeneratedDocsTest {

    private static final Pattern JSON_CODE = Pattern.compile("\"code\": (-?\\d+)");

    @Test
    void descriptorsListEveryCode() throws IOException {
        assertEquals(SqliteErrors.all().size(), count(JSON_CODE, resource("Sqlite.json")));
        assertEquals(HttpStatusErrors.all().size(), count(JSON_CODE, resource("HttpStatus.json")));
        assertEquals(WeChatOpenErrors.all().size(), count(JSON_CODE, resource("WeChatOpen.json")));
    }

    @Test
    void descriptorsCarryDigitsAnyAliasesFieldsAndFrozen() throws IOException {
        String sqlite = resource("Sqlite.json");
        assertTrue(sqlite.contains("\"digits\": \"any\""), "digits: any");
        assertTrue(sqlite.contains("\"primary\": \"SQLITE_IOERR\""), "field value");
        assertTrue(sqlite.contains("\"to\": 2147483647"), "the extended range");
        String http = resource("HttpStatus.json");
        assertTrue(http.contains("\"REQUEST_ENTITY_TOO_LARGE\""), "alias");
        assertTrue(resource("WeChatOpen.json").contains("\"frozen\": true"), "frozen");
    }

    @Test
    void markdownNamesAliasesAndNegativeCodes() throws IOException {
        assertTrue(resource("HttpStatus.md").contains("`REQUEST_ENTITY_TOO_LARGE`"));
        assertTrue(resource("WeChatOpen.md").contains("| -1 | `CODE_1` |"));
        assertTrue(resource("Sqlite.md").contains("| 9226 | `SQLITE_IOERR_CODEC` |"));
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GeneratedDocsTest.class.getResourceAsStream("/META-INF/error-catalog/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
