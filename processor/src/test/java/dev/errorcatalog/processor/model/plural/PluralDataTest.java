package dev.errorcatalog.processor.model.plural;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The plural rules the processor carries are exactly ICU4J's (which are CLDR's): this test writes
 * the data file from ICU4J and compares. After an ICU4J upgrade, regenerate with
 * {@code ./mvnw -B -o -q -pl processor test -Dtest=PluralDataTest -Derrorcatalog.updatePluralData=true}.
 */
class PluralDataTest {
    static final Path DATA = Path.of("src/main/resources/dev/errorcatalog/processor/model/plural/plurals.tsv");

    /** The file as ICU4J's rules give it: a locale a line, its rule strings without the samples. */
    static String fromIcu() {
        Map<String, String> rules = new TreeMap<>();
        for (ULocale locale : PluralRules.getAvailableULocales()) {
            String tag = locale.toLanguageTag().equals("und") ? "root" : locale.toLanguageTag();
            StringBuilder line = new StringBuilder();
            for (String rule : PluralRules.forLocale(locale).toString().split(";")) {
                String withoutSamples = rule.replaceAll("@.*", "").trim();
                int colon = withoutSamples.indexOf(':');
                String category = withoutSamples.substring(0, colon).trim();
                String condition = withoutSamples.substring(colon + 1).trim();
                if (!category.equals("other")) {
                    line.append(line.length() == 0 ? "" : "; ").append(category).append(": ").append(condition);
                }
            }
            rules.put(tag, line.toString());
        }
        StringBuilder out = new StringBuilder()
                .append("# CLDR ").append(com.ibm.icu.util.LocaleData.getCLDRVersion().getMajor()).append(" plural rules (cardinal), as ICU4J ")
                .append(VersionInfo.ICU_VERSION).append(" gives them: PluralRules.forLocale(l).toString() without samples.\n")
                .append("# Source: Unicode CLDR, https://cldr.unicode.org (common/supplemental/plurals.xml).\n")
                .append("# Copyright © 1991-2025 Unicode, Inc. Unicode License v3: https://www.unicode.org/license.txt\n")
                .append("# Regenerate: ./mvnw -B -o -q -pl processor test -Dtest=PluralDataTest -Derrorcatalog.updatePluralData=true\n")
                .append("# locale<TAB>category: condition; ...   ('other' is every number no rule selects)\n");
        rules.forEach((tag, line) -> out.append(tag).append('\t').append(line).append('\n'));
        return out.toString();
    }

    @Test
    void theCarriedDataIsIcu4js() throws IOException {
        String expected = fromIcu();
        if (Boolean.getBoolean("errorcatalog.updatePluralData")) {
            Files.writeString(DATA, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(DATA, StandardCharsets.UTF_8),
                "regenerate with -Derrorcatalog.updatePluralData=true (see this class's Javadoc)");
    }
}
