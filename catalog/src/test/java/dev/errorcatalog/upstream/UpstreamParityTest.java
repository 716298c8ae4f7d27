package dev.errorcatalog.upstream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Proves that the generated API says exactly what the upstream error-code page says.
 *
 * <p>The page is a verbatim copy of the upstream text at {@code upstream/error-codes.txt} on the
 * test class path. It holds section headings such as {@code Compliance Errors 合规错误(304xxx)}
 * (English title, optional Chinese title, range pattern) each followed by lines of six digits
 * and a message, such as {@code 304001No session found}.
 */
class UpstreamParityTest {

    private static final String PAGE = "/upstream/error-codes.txt";

    /** A section heading: the titles, then the range pattern in parentheses. */
    private static final Pattern HEADING = Pattern.compile("^(.+?)\\s*\\((\\d+)(x+)\\)$");

    /** A code line: exactly six digits, then the message. */
    private static final Pattern CODE_LINE = Pattern.compile("^(\\d{6})(\\D.*)$");

    /** Lines of the page that are neither headings nor codes. */
    private static final Set<String> BOILERPLATE = Set.of("Error Code 错误代码", "Error CodeDescription");

    /** One section of the page. */
    record Section(String english, String chinese, int first, int last, Map<Integer, String> codes) {

        boolean encloses(Section other) {
            return this != other && first <= other.first && other.last <= last
                    && (first != other.first || last != other.last);
        }
    }

    private static List<Section> sections;
    private static Map<Integer, String> pageMessages;
    private static Map<Integer, Section> pageSectionOfCode;

    @BeforeAll
    static void readPage() throws IOException {
        String text;
        try (InputStream in = UpstreamParityTest.class.getResourceAsStream(PAGE)) {
            assertNotNull(in, PAGE + " is not on the test class path");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        sections = parse(text);
        pageMessages = new TreeMap<>();
        pageSectionOfCode = new TreeMap<>();
        for (Section section : sections) {
            for (Map.Entry<Integer, String> code : section.codes().entrySet()) {
                assertTrue(pageMessages.put(code.getKey(), code.getValue()) == null,
                        "the page lists " + code.getKey() + " twice");
                pageSectionOfCode.put(code.getKey(), section);
            }
        }
    }

    /** Parses the page; every non-blank line must be a heading, a code or known boilerplate. */
    static List<Section> parse(String text) {
        List<Section> result = new ArrayList<>();
        Section current = null;
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty() || BOILERPLATE.contains(line)) {
                continue;
            }
            Matcher code = CODE_LINE.matcher(line);
            Matcher heading = HEADING.matcher(line);
            if (code.matches()) {
                assertNotNull(current, "code before any section: " + line);
                current.codes().put(Integer.parseInt(code.group(1)), code.group(2));
            } else if (heading.matches()) {
                String[] titles = splitTitles(heading.group(1));
                String from = heading.group(2) + "0".repeat(heading.group(3).length());
                String to = heading.group(2) + "9".repeat(heading.group(3).length());
                current = new Section(titles[0], titles[1], Integer.parseInt(from), Integer.parseInt(to),
                        new LinkedHashMap<>());
                result.add(current);
            } else {
                fail("unrecognised line on the upstream page: '" + line + "'");
            }
        }
        return result;
    }

    /**
     * Splits {@code KYC Errors KYC错误} into the English title and the Chinese one (from the
     * first word holding a Han character on), or {@code null} when there is no Chinese title.
     */
    static String[] splitTitles(String titles) {
        String[] words = titles.strip().split("\\s+");
        int han = 0;
        while (han < words.length && words[han].codePoints()
                .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            han++;
        }
        String english = String.join(" ", List.of(words).subList(0, han));
        String chinese = han == words.length ? null : String.join(" ", List.of(words).subList(han, words.length));
        return new String[] {english, chinese};
    }

    /** The one generated category whose range is the section's range. */
    private static ApiCategory categoryOf(Section section) {
        List<ApiCategory> matches = new ArrayList<>();
        for (ApiCategory category : ApiCategory.values()) {
            if (category.first() == section.first() && category.last() == section.last()) {
                matches.add(category);
            }
        }
        assertEquals(1, matches.size(), () -> "categories with the range of '" + section.english() + "' ("
                + section.first() + ".." + section.last() + "): " + matches);
        return matches.get(0);
    }

    // ---- the page itself --------------------------------------------------------------------

    @Test
    void thePageHas109CodesIn16Sections() {
        assertEquals(16, sections.size());
        assertEquals(109, pageMessages.size());
        assertEquals("Compliance Errors", sections.get(6).english());
        assertEquals("合规错误", sections.get(6).chinese());
        assertEquals(304000, sections.get(6).first());
        assertEquals(304999, sections.get(6).last());
        assertEquals("Authentication & Data Errors", sections.get(12).english());
        assertEquals(null, sections.get(12).chinese());
        assertEquals(910000, sections.get(12).first());
        assertEquals(919999, sections.get(12).last());
    }

    // ---- codes and messages -----------------------------------------------------------------

    @Test
    void theCodesAreExactlyThoseOfThePage() {
        List<Integer> generated = ApiErrors.all().stream().map(ApiError::code).collect(Collectors.toList());
        assertEquals(109, generated.size());
        assertEquals(new ArrayList<>(new TreeSet<>(generated)), generated, "all() is sorted by code, no duplicates");
        assertEquals(pageMessages.keySet(), new TreeSet<>(generated));
    }

    @Test
    void everyMessageIsThePagesMessageExactly() {
        List<Executable> checks = new ArrayList<>();
        for (ApiError error : ApiErrors.all()) {
            checks.add(() -> assertEquals(pageMessages.get(error.code()), error.message(), "message of " + error.code()));
            checks.add(() -> assertEquals(pageMessages.get(error.code()), error.message(Locale.ENGLISH),
                    "English message of " + error.code()));
            // upstream has English messages only: zh-CN and zh-Hant fall back to the default locale
            checks.add(() -> assertEquals(pageMessages.get(error.code()), error.message(Locale.SIMPLIFIED_CHINESE),
                    "zh-CN message of " + error.code()));
            checks.add(() -> assertEquals(pageMessages.get(error.code()), error.message(Locale.TRADITIONAL_CHINESE),
                    "zh-TW message of " + error.code()));
            checks.add(() -> assertEquals(List.of(), error.parameters(), "parameters of " + error.code()));
        }
        assertAll(checks);
    }

    @Test
    void theSuspensionMessageKeepsThePagesNoBreakSpace() {
        assertTrue(ApiErrors.of(101108).message().endsWith("support at [email\u00A0protected]"));
    }

    @Test
    void everyCodeIsFoundAndBelongsToItsPageSection() {
        List<Executable> checks = new ArrayList<>();
        pageMessages.forEach((code, message) -> checks.add(() -> {
            Optional<ApiError> found = ApiErrors.find(code);
            assertTrue(found.isPresent(), "find(" + code + ")");
            ApiError error = found.get();
            assertSame(error, ApiErrors.of(code));
            assertEquals(code, error.code());
            Section section = pageSectionOfCode.get(code);
            ApiCategory category = error.category();
            assertEquals(section.english(), category.title(), "title of the category of " + code);
            assertEquals(section.first(), category.first(), "first of the category of " + code);
            assertEquals(section.last(), category.last(), "last of the category of " + code);
            assertTrue(category.contains(code));
            assertTrue(category.errors().contains(error), code + " is in its category's errors()");
            assertEquals(Optional.of(category), ApiErrors.categoryOf(code), "categoryOf(" + code + ")");
        }));
        assertAll(checks);
    }

    @Test
    void namesAreUpperSnakeCaseAndUnique() {
        Set<String> names = new HashSet<>();
        for (ApiError error : ApiErrors.all()) {
            assertTrue(error.name().matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*"), error.name());
            assertTrue(names.add(error.name()), "duplicate name " + error.name());
        }
    }

    @Test
    void httpStatusesAreFromTheAgreedSet() {
        Set<Integer> agreed = Set.of(400, 401, 403, 404, 409, 422, 429, 500, 502, 503);
        for (ApiError error : ApiErrors.all()) {
            assertTrue(agreed.contains(error.httpStatus()), error.code() + ": " + error.httpStatus());
            assertFalse(error.deprecated(), error.code() + " is not deprecated");
        }
    }

    /** The Simplified characters of the page's titles and their Traditional forms; every other character is the same in both. */
    private static final Map<Character, Character> TRADITIONAL = Map.of('统', '統', '错', '錯', '误', '誤', '户', '戶',
            '询', '詢', '价', '價', '规', '規');

    /** A title of the page in Traditional characters; fails on a Chinese character this table does not know. */
    private static String traditional(String simplified) {
        Set<Character> same = Set.of('系', '用', '充', '值', '交', '易', '合', '支', '付');
        StringBuilder out = new StringBuilder();
        for (char c : simplified.toCharArray()) {
            if (TRADITIONAL.containsKey(c)) {
                out.append(TRADITIONAL.get(c));
            } else if (c < 0x2E80 || same.contains(c)) {
                out.append(c);
            } else {
                fail("no Traditional form known for '" + c + "' in " + simplified);
            }
        }
        return out.toString();
    }

    // ---- categories -------------------------------------------------------------------------

    @Test
    void theCategoriesAreExactlyThePagesSections() {
        assertEquals(sections.size(), ApiCategory.values().length);
        Set<ApiCategory> seen = new HashSet<>();
        List<Executable> checks = new ArrayList<>();
        for (Section section : sections) {
            ApiCategory category = categoryOf(section);
            assertTrue(seen.add(category), "two sections map to " + category);
            checks.add(() -> assertEquals(section.english(), category.title(), category + ".title()"));
            checks.add(() -> assertEquals(section.english(), category.title(Locale.ENGLISH), category + ".title(en)"));
            String expectedChinese = section.chinese() != null ? section.chinese() : section.english();
            checks.add(() -> assertEquals(expectedChinese, category.title(Locale.SIMPLIFIED_CHINESE),
                    category + ".title(zh-CN)"));
            // zh-Hant (errors_zh_Hant.properties) is the page's title in Traditional characters; Taiwan and
            // Hong Kong find it through Java's implied script, a section without a Chinese title falls back to English
            String expectedTraditional = section.chinese() != null ? traditional(section.chinese()) : section.english();
            for (String tag : List.of("zh-Hant", "zh-TW", "zh-HK", "zh-Hant-HK")) {
                checks.add(() -> assertEquals(expectedTraditional, category.title(Locale.forLanguageTag(tag)),
                        category + ".title(" + tag + ")"));
            }
            checks.add(() -> assertEquals(section.codes().keySet(),
                    category.errors().stream().map(ApiError::code).collect(Collectors.toSet()),
                    category + ".errors()"));
            checks.add(() -> assertTrue(category.id().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), category.id()));
        }
        assertAll(checks);
    }

    @Test
    void nestingFollowsThePagesRanges() {
        List<Executable> checks = new ArrayList<>();
        for (Section section : sections) {
            // the parent is the smallest other section whose range holds this one
            Optional<Section> parent = sections.stream()
                    .filter(other -> other.encloses(section))
                    .min((a, b) -> Integer.compare(a.last() - a.first(), b.last() - b.first()));
            ApiCategory category = categoryOf(section);
            Optional<ApiCategory> expected = parent.map(UpstreamParityTest::categoryOf);
            checks.add(() -> assertEquals(expected, category.parent(), category + ".parent()"));
        }
        assertAll(checks);
    }

    @Test
    void theNestedCategoriesAreTheExpectedOnes() {
        assertEquals(Optional.of(ApiCategory.COMPLIANCE), ApiCategory.ACH.parent());
        assertEquals(Optional.of(ApiCategory.DEPOSIT), ApiCategory.QUOTE.parent());
        assertEquals(Optional.of(ApiCategory.AUTH_DATA), ApiCategory.IDENTITY_VERIFICATION.parent());
        assertEquals(Optional.of(ApiCategory.AUTH_DATA), ApiCategory.DEX_WALLET.parent());
        assertEquals(Optional.of(ApiCategory.AUTH_DATA), ApiCategory.AUTH_USER.parent());
        assertEquals(Optional.empty(), ApiCategory.COMPLIANCE.parent());
        assertEquals(Optional.empty(), ApiCategory.AUTH_DATA.parent());
        assertEquals(Optional.empty(), ApiCategory.SYSTEM.parent());
        assertEquals(Optional.empty(), ApiCategory.PLATFORM.parent());
        assertEquals(Optional.empty(), ApiCategory.USER.parent());
    }

    @Test
    void theTwoSystemAndTwoUserSectionsHaveDistinctIds() {
        assertEquals("system", ApiCategory.SYSTEM.id());
        assertEquals("platform", ApiCategory.PLATFORM.id());
        assertEquals("user", ApiCategory.USER.id());
        assertEquals("auth-user", ApiCategory.AUTH_USER.id());
        assertEquals("System Errors", ApiCategory.SYSTEM.title());
        assertEquals("System Errors", ApiCategory.PLATFORM.title());
        assertEquals("系统错误", ApiCategory.SYSTEM.title(Locale.SIMPLIFIED_CHINESE));
        assertEquals("User Errors", ApiCategory.USER.title());
        assertEquals("User Errors", ApiCategory.AUTH_USER.title());
    }

    // ---- the API directly -------------------------------------------------------------------

    @Test
    void findAndOf() {
        Optional<ApiError> ach = ApiErrors.find(304900);
        assertTrue(ach.isPresent());
        assertSame(AchError.ACH_PRE_CHECKS, ach.get());
        assertEquals("ACH_PRE_CHECKS", ach.get().name());
        assertSame(ApiCategory.ACH, ach.get().category());
        assertEquals("Ach pre checks", ach.get().message());
        assertEquals(422, ach.get().httpStatus());
        assertSame(ComplianceError.NO_SESSION_FOUND, ApiErrors.of(304001));
        assertEquals(404, ComplianceError.NO_SESSION_FOUND.httpStatus());

        assertEquals(Optional.empty(), ApiErrors.find(123456));
        assertEquals(Optional.empty(), ApiErrors.find(101107), "101107 is reserved");
        assertEquals(Optional.empty(), ApiErrors.find(-1));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ApiErrors.of(123456));
        assertTrue(unknown.getMessage().contains("123456"), unknown.getMessage());
    }

    @Test
    void categoryOfFindsTheMostSpecificCategoryOfUndeclaredCodes() {
        assertEquals(Optional.of(ApiCategory.ACH), ApiErrors.categoryOf(304950));
        assertEquals(Optional.of(ApiCategory.COMPLIANCE), ApiErrors.categoryOf(304500));
        assertEquals(Optional.of(ApiCategory.QUOTE), ApiErrors.categoryOf(300599));
        assertEquals(Optional.of(ApiCategory.DEPOSIT), ApiErrors.categoryOf(300600));
        assertEquals(Optional.of(ApiCategory.AUTH_DATA), ApiErrors.categoryOf(919999));
        assertEquals(Optional.of(ApiCategory.AUTH_USER), ApiErrors.categoryOf(916999));
        assertEquals(Optional.of(ApiCategory.SYSTEM), ApiErrors.categoryOf(101107));
        assertEquals(Optional.empty(), ApiErrors.categoryOf(123456));
        assertEquals(Optional.empty(), ApiErrors.categoryOf(920000));
        assertTrue(ApiCategory.ACH.contains(304950));
        assertTrue(ApiCategory.COMPLIANCE.contains(304950), "a parent's range holds its child's");
        assertFalse(ApiCategory.ACH.contains(304899));
    }

    @Test
    void categoryExceptionsCarryTheCodeAndMessage() {
        AchException thrown = assertThrows(AchException.class, () -> {
            throw AchException.achPreChecks();
        });
        assertSame(AchError.ACH_PRE_CHECKS, thrown.error());
        assertEquals(304900, thrown.code());
        assertTrue(thrown.getMessage().contains("304900"), thrown.getMessage());
        assertTrue(thrown.getMessage().contains("Ach pre checks"), thrown.getMessage());
        assertEquals("Ach pre checks", thrown.message(Locale.SIMPLIFIED_CHINESE));

        IllegalStateException cause = new IllegalStateException("boom");
        ApiException withCause = IdentityVerificationException.networkError(cause);
        assertSame(cause, withCause.getCause());
        assertEquals(914009, withCause.code());
        assertEquals(503, withCause.error().httpStatus());
        assertTrue(withCause.getMessage().contains("Network error, please try again"), withCause.getMessage());

        ApiException fromConstant = ComplianceError.NO_SESSION_FOUND.exception();
        assertTrue(fromConstant instanceof ComplianceException);
        assertEquals(304001, fromConstant.code());
    }
}
