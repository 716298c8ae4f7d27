package com.acme.feat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Looks up the codes of the Feat catalog.
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public final class FeatErrors {
    private static final List<FeatError> ALL;

    private static final int[] KEYS;

    private static final List<Optional<FeatError>> FOUND;

    private static final int SHIFT;

    private static final String[] NAMES;

    private static final List<Optional<FeatError>> NAMED;

    private static final int NAME_SHIFT;

    /**
     * Categories, narrowest range first: the first that contains a code is its most specific one.
     */
    private static final FeatCategory[] MOST_SPECIFIC_FIRST = {FeatCategory.ACH_RETURNS, FeatCategory.ACH, FeatCategory.COMPLIANCE, FeatCategory.POSTINGS, FeatCategory.PLATFORM, FeatCategory.LEDGER, FeatCategory.TOP, FeatCategory.SYSTEM};

    private static final List<Optional<FeatCategory>> CATEGORY_FOUND;

    static {
        List<FeatError> all = new ArrayList<>();
        Collections.addAll(all, SystemError.values());
        Collections.addAll(all, TopError.values());
        Collections.addAll(all, ComplianceError.values());
        Collections.addAll(all, AchError.values());
        Collections.addAll(all, AchReturnsError.values());
        Collections.addAll(all, PlatformError.values());
        Collections.addAll(all, PostingsError.values());
        all.sort(Comparator.comparingInt(FeatError::code));
        ALL = List.copyOf(all);
        // a power of two at least twice the number of codes: probes stay short
        int bits = 1;
        while ((1 << bits) < 2 * all.size()) {
            bits++;
        }
        SHIFT = 32 - bits;
        int[] keys = new int[1 << bits];
        List<Optional<FeatError>> found = new ArrayList<>(Collections.nCopies(keys.length, Optional.<FeatError>empty()));
        for (FeatError e : all) {
            int slot = (e.code() * 0x9E3779B9) >>> SHIFT;
            while (found.get(slot).isPresent()) {
                slot = (slot + 1) & (keys.length - 1);
            }
            keys[slot] = e.code();
            found.set(slot, Optional.of(e));
        }
        KEYS = keys;
        FOUND = List.copyOf(found);
        Map<String, FeatError> byName = new HashMap<>();
        for (FeatError e : all) {
            byName.put(e.name(), e);
        }
        String[] aliases = "SYSTEM_BUSY BUSY SERVER_BUSY BUSY".split(" ");
        for (int i = 0; i < aliases.length; i += 2) {
            byName.put(aliases[i], byName.get(aliases[i + 1]));
        }
        int nameBits = 1;
        while ((1 << nameBits) < 2 * byName.size()) {
            nameBits++;
        }
        NAME_SHIFT = 32 - nameBits;
        String[] names = new String[1 << nameBits];
        List<Optional<FeatError>> named = new ArrayList<>(Collections.nCopies(names.length, Optional.<FeatError>empty()));
        for (Map.Entry<String, FeatError> entry : byName.entrySet()) {
            int slot = (entry.getKey().hashCode() * 0x9E3779B9) >>> NAME_SHIFT;
            while (names[slot] != null) {
                slot = (slot + 1) & (names.length - 1);
            }
            names[slot] = entry.getKey();
            named.set(slot, Optional.of(entry.getValue()));
        }
        NAMES = names;
        NAMED = List.copyOf(named);
        List<Optional<FeatCategory>> categories = new ArrayList<>();
        for (FeatCategory c : FeatCategory.values()) {
            categories.add(Optional.of(c));
        }
        CATEGORY_FOUND = List.copyOf(categories);
    }

    private FeatErrors() {
    }

    /**
     * The error with this code, if the catalog declares it. Constant time; allocates nothing.
     */
    public static Optional<FeatError> find(int code) {
        int mask = KEYS.length - 1;
        int slot = (code * 0x9E3779B9) >>> SHIFT;
        // an empty slot holds Optional.empty(): every int, 0 included, can be a key
        while (true) {
            Optional<FeatError> found = FOUND.get(slot);
            if (!found.isPresent() || KEYS[slot] == code) {
                return found;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * The error with this name or older name (alias), such as {@code NO_SESSION_FOUND}. Constant time;
     * allocates nothing.
     *
     * @throws NullPointerException if {@code name} is null
     */
    public static Optional<FeatError> find(String name) {
        int mask = NAMES.length - 1;
        int slot = (name.hashCode() * 0x9E3779B9) >>> NAME_SHIFT;
        while (true) {
            String key = NAMES[slot];
            if (key == null) {
                return Optional.empty();
            }
            if (key.equals(name)) {
                return NAMED.get(slot);
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * The error with this code.
     *
     * @throws IllegalArgumentException if the catalog does not declare it
     */
    public static FeatError of(int code) {
        Optional<FeatError> found = find(code);
        if (found.isPresent()) {
            return found.get();
        }
        throw new IllegalArgumentException("unknown error code " + code + " in the Feat catalog");
    }

    /**
     * Every code of the catalog, sorted by code; an unmodifiable list.
     */
    public static List<FeatError> all() {
        return ALL;
    }

    /**
     * The most specific category whose range holds {@code code}, whether or not the code is declared.
     */
    public static Optional<FeatCategory> categoryOf(int code) {
        for (FeatCategory category : MOST_SPECIFIC_FIRST) {
            if (category.contains(code)) {
                return CATEGORY_FOUND.get(category.ordinal());
            }
        }
        return Optional.empty();
    }
}
