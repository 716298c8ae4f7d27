package dev.errorcatalog.processor.model.plural;

import java.util.ArrayList;
import java.util.List;

/**
 * A condition of CLDR's plural rule syntax (UTS #35, "Language Plural Rules"): relations such as
 * {@code i % 10 = 2..4} joined by {@code and}, and those joined by {@code or}. Only whole numbers
 * are ever selected here, so every operand but {@code n} and {@code i} (the number's magnitude) is 0.
 */
public sealed interface PluralCondition {
    /** True for the whole number whose magnitude is {@code magnitude}, read as unsigned (so |Long.MIN_VALUE| is 2^63). */
    boolean holds(long magnitude);

    /** The same condition with every relation on an operand other than n and i decided: constants folded away. */
    PluralCondition forIntegers();

    /** Every modulus and range bound, so a caller can tell how far numbers must be tried to see every outcome. */
    long largestConstant();

    /** Always true or always false: what a folded condition may become. */
    record Constant(boolean value) implements PluralCondition {
        @Override
        public boolean holds(long magnitude) {
            return value;
        }

        @Override
        public PluralCondition forIntegers() {
            return this;
        }

        @Override
        public long largestConstant() {
            return 0;
        }
    }

    /** {@code operand [% modulus] = ranges} or {@code !=}; a single value is a range from it to itself. */
    record Relation(char operand, long modulus, boolean equal, List<long[]> ranges) implements PluralCondition {
        public Relation {
            ranges = List.copyOf(ranges);
        }

        @Override
        public boolean holds(long magnitude) {
            long value = operand == 'n' || operand == 'i' ? magnitude : 0;
            if (modulus > 0) {
                value = Long.remainderUnsigned(value, modulus);
            }
            boolean in = false;
            for (long[] range : ranges) {
                in |= Long.compareUnsigned(value, range[0]) >= 0 && Long.compareUnsigned(value, range[1]) <= 0;
            }
            return in == equal;
        }

        @Override
        public PluralCondition forIntegers() {
            return operand == 'n' || operand == 'i' ? this : new Constant(holds(0));
        }

        @Override
        public long largestConstant() {
            long largest = modulus;
            for (long[] range : ranges) {
                largest = Math.max(largest, range[1]);
            }
            return largest;
        }
    }

    /** Every part holds. */
    record And(List<PluralCondition> parts) implements PluralCondition {
        @Override
        public boolean holds(long magnitude) {
            return parts.stream().allMatch(p -> p.holds(magnitude));
        }

        @Override
        public PluralCondition forIntegers() {
            List<PluralCondition> kept = new ArrayList<>();
            for (PluralCondition part : parts) {
                PluralCondition folded = part.forIntegers();
                if (folded instanceof Constant c) {
                    if (!c.value()) {
                        return c;
                    }
                } else {
                    kept.add(folded);
                }
            }
            return kept.isEmpty() ? new Constant(true) : kept.size() == 1 ? kept.get(0) : new And(List.copyOf(kept));
        }

        @Override
        public long largestConstant() {
            return parts.stream().mapToLong(PluralCondition::largestConstant).max().orElse(0);
        }
    }

    /** Some part holds. */
    record Or(List<PluralCondition> parts) implements PluralCondition {
        @Override
        public boolean holds(long magnitude) {
            return parts.stream().anyMatch(p -> p.holds(magnitude));
        }

        @Override
        public PluralCondition forIntegers() {
            List<PluralCondition> kept = new ArrayList<>();
            for (PluralCondition part : parts) {
                PluralCondition folded = part.forIntegers();
                if (folded instanceof Constant c) {
                    if (c.value()) {
                        return c;
                    }
                } else {
                    kept.add(folded);
                }
            }
            return kept.isEmpty() ? new Constant(false) : kept.size() == 1 ? kept.get(0) : new Or(List.copyOf(kept));
        }

        @Override
        public long largestConstant() {
            return parts.stream().mapToLong(PluralCondition::largestConstant).max().orElse(0);
        }
    }

    /**
     * Parses one condition as CLDR writes it: {@code or} binds looser than {@code and}; a relation is
     * an operand (n i v w f t e c), an optional {@code % modulus}, {@code =} or {@code !=}, and a
     * comma-separated list of values and {@code a..b} ranges.
     *
     * @throws IllegalArgumentException for text outside that syntax (the data file is the processor's own)
     */
    static PluralCondition parse(String text) {
        List<PluralCondition> alternatives = new ArrayList<>();
        for (String alternative : text.trim().split("\\s+or\\s+")) {
            List<PluralCondition> relations = new ArrayList<>();
            for (String relation : alternative.split("\\s+and\\s+")) {
                relations.add(relation(relation.trim()));
            }
            alternatives.add(relations.size() == 1 ? relations.get(0) : new And(List.copyOf(relations)));
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new Or(List.copyOf(alternatives));
    }

    private static Relation relation(String text) {
        int notEqual = text.indexOf("!=");
        int equal = notEqual >= 0 ? notEqual : text.indexOf('=');
        if (equal < 0) {
            throw new IllegalArgumentException("not a plural relation: " + text);
        }
        String left = text.substring(0, equal).trim();
        String right = text.substring(equal + (notEqual >= 0 ? 2 : 1)).trim();
        String[] operandAndModulus = left.split("\\s*%\\s*");
        String operand = operandAndModulus[0];
        if (operand.length() != 1 || "nivwftec".indexOf(operand.charAt(0)) < 0) {
            throw new IllegalArgumentException("not a plural operand: " + operand + " in " + text);
        }
        long modulus = operandAndModulus.length > 1 ? Long.parseLong(operandAndModulus[1]) : 0;
        List<long[]> ranges = new ArrayList<>();
        for (String item : right.split("\\s*,\\s*")) {
            int dots = item.indexOf("..");
            long from = Long.parseLong((dots < 0 ? item : item.substring(0, dots)).trim());
            long to = dots < 0 ? from : Long.parseLong(item.substring(dots + 2).trim());
            ranges.add(new long[] {from, to});
        }
        return new Relation(operand.charAt(0), modulus, notEqual < 0, ranges);
    }
}
