package dev.errorcatalog.bench;

import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;

/** Inputs for the benchmarks: codes in a fixed pseudo-random order, so runs are comparable. */
final class Codes {
    /** A power of two: the benchmarks cycle through the inputs with {@code i++ & MASK}. */
    static final int COUNT = 1 << 12;
    static final int MASK = COUNT - 1;

    private Codes() {}

    /** {@link #COUNT} codes drawn (with a fixed seed) from the declared ones. */
    static <E> int[] declared(List<E> errors, ToIntFunction<E> code) {
        Random random = new Random(42);
        int[] codes = new int[COUNT];
        for (int i = 0; i < COUNT; i++) {
            codes[i] = code.applyAsInt(errors.get(random.nextInt(errors.size())));
        }
        return codes;
    }

    /**
     * For {@code categoryOf}: a third declared codes, a third undeclared codes inside some range
     * (a neighbour of a declared code, often free), a third random six-digit codes (mostly in no range).
     */
    static <E> int[] mixed(List<E> errors, ToIntFunction<E> code) {
        Random random = new Random(7);
        int[] codes = new int[COUNT];
        for (int i = 0; i < COUNT; i++) {
            int declared = code.applyAsInt(errors.get(random.nextInt(errors.size())));
            codes[i] = switch (i % 3) {
                case 0 -> declared;
                case 1 -> declared + 1 + random.nextInt(50);
                default -> 100_000 + random.nextInt(900_000);
            };
        }
        return codes;
    }
}
