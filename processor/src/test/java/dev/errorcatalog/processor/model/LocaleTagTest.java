package dev.errorcatalog.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Catalog locale tags: their parts, their canonical spelling, and the candidates Java's ResourceBundle looks in. */
class LocaleTagTest {

    @Test
    void keepsLanguageScriptAndRegion() {
        assertEquals(new LocaleTag("zh", "Hant", "TW"), LocaleTag.of("zh-Hant-TW"));
        assertEquals(new LocaleTag("sr", "Latn", ""), LocaleTag.of("sr-Latn"));
        assertEquals(new LocaleTag("es", "", "419"), LocaleTag.of("es-419"));
        assertEquals(new LocaleTag("pt", "", "PT"), LocaleTag.of("pt-PT"));
        assertEquals(new LocaleTag("yue", "", ""), LocaleTag.of("yue"));
        assertEquals("zh-Hant-TW", LocaleTag.of("zh-Hant-TW").toString());
        assertEquals("es-419", LocaleTag.of("es-419").toLocale().toLanguageTag());
    }

    @Test
    void onlyTheCanonicalSpellingParses() {
        for (String text : List.of("zh-hant", "ZH", "zh_CN", "zh-Hant-tw", "e", "english", "zh-TW-Hant", "de-DE-1996", "fr-x-phone", "es-4190", "")) {
            assertEquals(Optional.empty(), LocaleTag.parse(text), text);
        }
        assertThrows(IllegalArgumentException.class, () -> new LocaleTag("zh", "hant", ""));
    }

    @Test
    void canonicalSpellingOfAnotherCase() {
        assertEquals(Optional.of("zh-Hant"), LocaleTag.canonicalSpelling("zh-hant"));
        assertEquals(Optional.of("zh-Hant-TW"), LocaleTag.canonicalSpelling("ZH_HANT_tw"));
        assertEquals(Optional.of("es-419"), LocaleTag.canonicalSpelling("ES-419"));
        assertEquals(Optional.empty(), LocaleTag.canonicalSpelling("zh-Hant-TW-x-a"));
    }

    @Test
    void namesWhatATagHasBeyondItsRegion() {
        assertEquals(Optional.of("a variant '1996'"), LocaleTag.unsupportedPart("de-DE-1996"));
        assertEquals(Optional.of("an extension 'u-nu-thai'"), LocaleTag.unsupportedPart("th-TH-u-nu-thai"));
        assertEquals(Optional.of("private use 'x-phone'"), LocaleTag.unsupportedPart("fr-x-phone"));
        assertEquals(Optional.empty(), LocaleTag.unsupportedPart("zh-Hant"));
        assertEquals(Optional.empty(), LocaleTag.unsupportedPart("not a tag"));
    }

    /** Every case of the contract (5.5): Java's implied scripts for Chinese, scripts with a region, numeric regions. */
    @Test
    void candidatesAreResourceBundles() {
        assertCandidates("zh-TW", "zh-Hant-TW", "zh-Hant", "zh-TW", "zh");
        assertCandidates("zh-HK", "zh-Hant-HK", "zh-Hant", "zh-HK", "zh");
        assertCandidates("zh-Hant-HK", "zh-Hant-HK", "zh-Hant", "zh-HK", "zh");
        assertCandidates("zh-Hant", "zh-Hant", "zh-TW", "zh");
        assertCandidates("zh-CN", "zh-Hans-CN", "zh-Hans", "zh-CN", "zh");
        assertCandidates("zh-SG", "zh-Hans-SG", "zh-Hans", "zh-SG", "zh");
        assertCandidates("sr-Latn-RS", "sr-Latn-RS", "sr-Latn", "sr-RS", "sr");
        assertCandidates("sr-RS", "sr-RS", "sr");
        assertCandidates("es-419", "es-419", "es");
        assertCandidates("es-MX", "es-MX", "es");
        assertCandidates("nb", "nb", "no");
        assertCandidates("tlh", "tlh");
    }

    private static void assertCandidates(String tag, String... expected) {
        assertEquals(List.of(expected), LocaleTag.of(tag).candidates().stream().map(LocaleTag::toString).toList(), tag);
    }
}
