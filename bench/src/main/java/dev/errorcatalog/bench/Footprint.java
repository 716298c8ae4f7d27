package dev.errorcatalog.bench;

import dev.errorcatalog.bench.big.BigBaselines;
import dev.errorcatalog.bench.big.BigCategory;
import dev.errorcatalog.bench.big.BigError;
import dev.errorcatalog.bench.big.BigErrors;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained heap of the 10,000-code catalog, measured with JOL (object graphs reachable from the
 * generated classes' static fields):
 * <ul>
 * <li>the registry's own tables ({@code BigErrors}: keys, pre-built {@code Optional}s, the sorted
 *     list), without the enum constants they point to, against a {@code HashMap<Integer, E>} over
 *     the same constants (boxed keys, nodes, table), also without the constants;
 * <li>everything the catalog keeps: constants, codes, statuses, messages, parameter lists, the
 *     category enum and the registry.
 * </ul>
 * Run: {@code java -cp bench/target/benchmarks.jar dev.errorcatalog.bench.Footprint}
 */
public final class Footprint {
    private Footprint() {}

    public static void main(String[] args) throws Exception {
        List<BigError> all = BigErrors.all();
        Object[] constants = constants(all);

        GraphLayout constantsOnly = GraphLayout.parseInstance(constants);
        GraphLayout registry = GraphLayout.parseInstance(staticValues(BigErrors.class)).subtract(constantsOnly);
        GraphLayout hashMap = GraphLayout.parseInstance(BigBaselines.ByHashMap.MAP).subtract(constantsOnly);

        Set<Class<?>> classes = new LinkedHashSet<>();
        classes.add(BigErrors.class);
        classes.add(BigCategory.class);
        classes.addAll(List.of(BigCategory.class.getDeclaredClasses()));
        for (BigError error : all) {
            Class<?> type = ((Enum<?>) error).getDeclaringClass();
            classes.add(type);
            classes.addAll(List.of(type.getDeclaredClasses()));
        }
        List<Object> roots = new ArrayList<>(List.of(constants));
        for (Class<?> type : classes) {
            roots.addAll(List.of(staticValues(type)));
        }
        GraphLayout whole = GraphLayout.parseInstance(roots.toArray());

        int n = all.size();
        System.out.printf(Locale.ROOT, "Retained heap, %,d codes (JOL, %s %s)%n", n,
                System.getProperty("java.vm.name"), System.getProperty("java.vm.version"));
        System.out.printf(Locale.ROOT, "  %-52s %,12d B  %6.1f B/code%n", "registry tables (find/all/categoryOf)",
                registry.totalSize(), registry.totalSize() / (double) n);
        System.out.printf(Locale.ROOT, "  %-52s %,12d B  %6.1f B/code%n", "HashMap<Integer, E> over the same constants",
                hashMap.totalSize(), hashMap.totalSize() / (double) n);
        System.out.printf(Locale.ROOT, "  %-52s %12.2f%n", "ratio registry / HashMap",
                registry.totalSize() / (double) hashMap.totalSize());
        System.out.printf(Locale.ROOT, "  %-52s %,12d B  %6.1f B/code%n", "whole catalog (constants, data, messages, registry)",
                whole.totalSize(), whole.totalSize() / (double) n);
    }

    private static Object[] constants(List<BigError> all) {
        List<Object> constants = new ArrayList<>(all);
        constants.addAll(List.of(BigCategory.values()));
        return constants.toArray();
    }

    /** The values of a class's static reference fields (the class is initialised by then). */
    private static Object[] staticValues(Class<?> type) throws IllegalAccessException {
        List<Object> values = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
                field.setAccessible(true);
                Object value = field.get(null);
                if (value != null) {
                    values.add(value);
                }
            }
        }
        return values.toArray();
    }
}
