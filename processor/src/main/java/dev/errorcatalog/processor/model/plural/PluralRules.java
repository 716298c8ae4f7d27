package dev.errorcatalog.processor.model.plural;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CLDR's cardinal plural rules, carried as {@code plurals.tsv} (written from ICU4J by
 * {@code PluralDataTest}; source, version and licence in its header and in NOTICE), and the
 * choice they make for whole numbers.
 */
public final class PluralRules {
    /** The CLDR categories in CLDR's order; {@code other} is every number no rule selects. */
    public static final List<String> CATEGORIES = List.of("zero", "one", "two", "few", "many", "other");

    private static final Map<String, RuleSet> ALL = load();
    /** Computed once a locale: up to two million tries for the locales with a many-at-a-million rule. */
    private static final Map<String, Set<String>> INTEGER_CATEGORIES = new java.util.concurrent.ConcurrentHashMap<>();

    private PluralRules() {}

    /** One rule of a rule set: the category it selects when its condition holds. */
    public record Rule(String category, PluralCondition condition) {}

    /**
     * The rules of one CLDR locale, tried in order; none holding means {@code other}.
     *
     * @param tag the CLDR locale as a BCP 47 tag ({@code pt-PT}, {@code sr-Latn}; {@code root} for the rest)
     */
    public record RuleSet(String tag, List<Rule> rules) {
        public RuleSet {
            rules = List.copyOf(rules);
        }

        /** The category for a whole number, as ICU4J's {@code PluralRules.select} gives it. */
        public String select(long value) {
            long magnitude = value < 0 ? -value : value; // Long.MIN_VALUE stays 2^63, read unsigned
            for (Rule rule : rules) {
                if (rule.condition().holds(magnitude)) {
                    return rule.category();
                }
            }
            return "other";
        }

        /**
         * The categories whole numbers select, in CLDR's order, always with {@code other} (every
         * block needs it). Moduli are powers of ten, so past the largest constant the outcomes
         * repeat with the largest modulus: trying every number up to twice the largest constant
         * (plus a margin) sees each outcome.
         */
        public Set<String> integerCategories() {
            return INTEGER_CATEGORIES.computeIfAbsent(tag, t -> computeIntegerCategories());
        }

        /**
         * The whole numbers (magnitudes) that select {@code category} when they are finitely many
         * (English 'one' is just 1, so '=1' covers it), else empty: past the largest constant the
         * outcomes repeat, so a category seen there is chosen for infinitely many numbers.
         */
        public java.util.Optional<Set<Long>> finiteMembers(String category) {
            long largest = rules.stream().mapToLong(r -> r.condition().largestConstant()).max().orElse(0);
            Set<Long> members = new LinkedHashSet<>();
            for (long n = 0; n <= 2 * largest + 100; n++) {
                if (select(n).equals(category)) {
                    if (n > largest) {
                        return java.util.Optional.empty();
                    }
                    members.add(n);
                }
            }
            return java.util.Optional.of(members);
        }

        private Set<String> computeIntegerCategories() {
            long largest = rules.stream().mapToLong(r -> r.condition().largestConstant()).max().orElse(0);
            Set<String> seen = new LinkedHashSet<>();
            for (long n = 0; n <= 2 * largest + 100; n++) {
                seen.add(select(n));
            }
            Set<String> ordered = new LinkedHashSet<>();
            for (String category : CATEGORIES) {
                if (seen.contains(category) || category.equals("other")) {
                    ordered.add(category);
                }
            }
            return java.util.Collections.unmodifiableSet(ordered);
        }
    }

    /** Every locale CLDR gives rules for, by tag. */
    public static Map<String, RuleSet> all() {
        return ALL;
    }

    /**
     * The rules for a locale, found as {@link java.util.ResourceBundle} finds a bundle: the tag,
     * then without its last subtag, and so on ({@code pt-PT} has its own rules, {@code pt-BR} uses
     * {@code pt}, {@code sr-Latn-RS} uses {@code sr-Latn}), else CLDR's root (only {@code other}).
     */
    public static RuleSet forLocale(String tag) {
        String candidate = tag.replace('_', '-');
        while (!candidate.isEmpty()) {
            Optional<RuleSet> found = find(candidate);
            if (found.isPresent()) {
                return found.get();
            }
            int dash = candidate.lastIndexOf('-');
            candidate = dash < 0 ? "" : candidate.substring(0, dash);
        }
        return ALL.get("root");
    }

    private static Optional<RuleSet> find(String tag) {
        for (Map.Entry<String, RuleSet> entry : ALL.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(tag)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    private static Map<String, RuleSet> load() {
        try (InputStream in = PluralRules.class.getResourceAsStream("plurals.tsv")) {
            if (in == null) {
                throw new IllegalStateException("plurals.tsv is missing beside " + PluralRules.class.getName());
            }
            Map<String, RuleSet> all = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String tag = line.substring(0, tab);
                List<Rule> rules = new ArrayList<>();
                for (String rule : line.substring(tab + 1).split(";")) {
                    int colon = rule.indexOf(':');
                    if (colon >= 0) {
                        rules.add(new Rule(rule.substring(0, colon).trim(), PluralCondition.parse(rule.substring(colon + 1))));
                    }
                }
                all.put(tag, new RuleSet(tag, rules));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
