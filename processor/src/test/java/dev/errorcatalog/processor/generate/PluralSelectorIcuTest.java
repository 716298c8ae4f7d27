package dev.errorcatalog.processor.generate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.ibm.icu.util.ULocale;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.model.plural.PluralRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated Java picks the category ICU4J's {@code PluralRules.forLocale(l).select(n)} picks,
 * for every locale CLDR gives rules for, and so does the processor's own reading of the rules
 * (which the completeness check uses).
 */
class PluralSelectorIcuTest {

    /** 0..10,000, powers of ten (and one past) to 10^18, 2^53, the int and long extremes, and the negatives of all. */
    static List<Long> samples() {
        Set<Long> values = new LinkedHashSet<>();
        for (long n = 0; n <= 10_000; n++) {
            values.add(n);
        }
        for (long power = 1; power > 0 && power <= 1_000_000_000_000_000_000L; power *= 10) {
            values.add(power);
            values.add(power + 1);
        }
        values.addAll(List.of((long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE, 1L << 53, (1L << 53) + 1, Long.MAX_VALUE));
        for (Long value : List.copyOf(values)) {
            values.add(-value);
        }
        return List.copyOf(values);
    }

    @Test
    void theGeneratedJavaChoosesAsIcu4jDoesForEveryCldrLocale() throws Exception {
        List<PluralRules.RuleSet> ruleSets = new ArrayList<>(PluralRules.all().values());
        Method plural = compiledSelector(ruleSets);
        List<Long> samples = samples();
        Map<String, String> disagreements = new TreeMap<>();
        int compared = 0;
        for (int index = 0; index < ruleSets.size(); index++) {
            PluralRules.RuleSet rules = ruleSets.get(index);
            com.ibm.icu.text.PluralRules icu = com.ibm.icu.text.PluralRules.forLocale(
                    rules.tag().equals("root") ? ULocale.ROOT : ULocale.forLanguageTag(rules.tag()));
            com.ibm.icu.number.LocalizedNumberFormatter exact = com.ibm.icu.number.NumberFormatter.withLocale(
                    rules.tag().equals("root") ? ULocale.ROOT : ULocale.forLanguageTag(rules.tag()))
                    .precision(com.ibm.icu.number.Precision.unlimited());
            for (long value : samples) {
                String expected = icuChoice(icu, exact, value);
                String generated = (String) plural.invoke(null, index, value);
                String model = rules.select(value);
                compared++;
                if (!expected.equals(generated) || !expected.equals(model)) {
                    disagreements.putIfAbsent(rules.tag() + " " + value, "ICU4J " + expected + ", generated " + generated + ", model " + model);
                }
            }
        }
        assertEquals(Map.of(), disagreements);
        long largest = ruleSets.stream().flatMap(r -> r.rules().stream()).mapToLong(r -> r.condition().largestConstant()).max().orElse(0);
        assertTrue(largest <= LARGEST_MODULUS, "the reduction past 2^53 needs every constant <= 10^6, found " + largest);
        assertEquals(com.ibm.icu.text.PluralRules.getAvailableULocales().length, ruleSets.size(), "a rule set per ICU4J locale");
        assertTrue(compared > 200 * 20_000, "compared " + compared);
        System.out.println("PluralSelectorIcuTest: " + ruleSets.size() + " locales x " + samples.size() + " numbers = " + compared + " choices");
    }

    @Test
    void integerCategoriesAreTheOnesTheContractNames() {
        assertEquals(List.of("one", "few", "other"), List.copyOf(PluralRules.forLocale("cs").integerCategories()));
        assertEquals(List.of("one", "few", "many", "other"), List.copyOf(PluralRules.forLocale("ru").integerCategories()));
        assertEquals(List.of("one", "few", "many", "other"), List.copyOf(PluralRules.forLocale("pl").integerCategories()));
        assertEquals(PluralRules.CATEGORIES, List.copyOf(PluralRules.forLocale("ar").integerCategories()));
        assertEquals(PluralRules.CATEGORIES, List.copyOf(PluralRules.forLocale("cy").integerCategories()));
        assertEquals(List.of("one", "many", "other"), List.copyOf(PluralRules.forLocale("fr").integerCategories()));
        assertEquals(List.of("other"), List.copyOf(PluralRules.forLocale("zh-CN").integerCategories()));
        assertEquals("pt-PT", PluralRules.forLocale("pt-PT").tag());
        assertEquals("pt", PluralRules.forLocale("pt-BR").tag());
        assertEquals("sr-Latn", PluralRules.forLocale("sr-Latn-RS").tag());
        assertEquals("root", PluralRules.forLocale("xx").tag());
    }

    /** Beyond 2^53 ICU4J's operand n is a rounded double; CLDR's rules look at nothing past n mod 10^6. */
    private static final long EXACT_DOUBLES = 1L << 53;
    private static final long LARGEST_MODULUS = 1_000_000;

    /**
     * ICU4J's category for a whole number, asked where ICU4J is exact. {@code select(double)} is
     * exact for every int; past that its double path is lossy (ru 2^31 comes out 'other', a
     * fraction's category), so longs go through ICU4J's exact path, the category of the formatted
     * number ({@code select(FormattedNumber)}). Past 2^53 even that path reads the operand n as a
     * double ({@code be} 10^16+1 comes out as 10^16 would); there CLDR's rules, whose moduli are at
     * most 10^6 and whose ranges end below it, choose as they do for 2·10^6 + (|v| mod 10^6), which
     * ICU4J reads exactly.
     */
    static String icuChoice(com.ibm.icu.text.PluralRules icu, com.ibm.icu.number.LocalizedNumberFormatter exact, long value) {
        if (value >= -Integer.MAX_VALUE && value <= Integer.MAX_VALUE) {
            return icu.select(value);
        }
        if (value >= -EXACT_DOUBLES && value <= EXACT_DOUBLES) {
            return icu.select(exact.format(value));
        }
        long residue = Long.remainderUnsigned(value < 0 ? -value : value, LARGEST_MODULUS);
        return icu.select(exact.format(2 * LARGEST_MODULUS + residue));
    }

    private static Method compiledSelector(List<PluralRules.RuleSet> ruleSets) throws Exception {
        TypeSpec type = TypeSpec.classBuilder("Selector").addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(PluralSelectorGenerator.method(ruleSets).toBuilder().addModifiers(Modifier.PUBLIC).build())
                .build();
        String source = JavaFile.builder("plural.test", type).build().toString();
        Compilation compilation = Compiler.javac().withOptions("-Xlint:all", "-Werror")
                .compile(JavaFileObjects.forSourceString("plural.test.Selector", source));
        assertThat(compilation).succeededWithoutWarnings();
        byte[] bytes = read(compilation.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "plural/test/Selector.class").orElseThrow());
        Class<?> loaded = new ClassLoader(PluralSelectorIcuTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass("plural.test.Selector", bytes, 0, bytes.length);
            }
        }.define();
        return loaded.getMethod("plural", int.class, long.class);
    }

    private static byte[] read(JavaFileObject file) {
        try (InputStream in = file.openInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
