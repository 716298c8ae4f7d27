package dev.errorcatalog.realworld.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator's messages, converted with typed placeholders and their 26 translations
 * kept in properties files, compiled by this module's Maven build (the files are found in the
 * class output, as a user's would be). Uses only the generated API.
 */
class HibernateValidatorCatalogTest {
    private static final Locale GERMAN = Locale.GERMAN;
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Test
    void everyConstraintIsACode() {
        assertEquals(49, HibernateValidatorErrors.all().size());
        assertEquals(JakartaError.NOT_NULL, HibernateValidatorErrors.find("NOT_NULL").orElseThrow());
        assertEquals(HibernateNationalError.PESEL, HibernateValidatorErrors.of(2907));
        assertEquals(HibernateValidatorCategory.HIBERNATE, HibernateValidatorCategory.HIBERNATE_NATIONAL.parent().orElseThrow());
    }

    @Test
    void placeholdersAreTyped() throws NoSuchMethodException {
        assertEquals(List.of(BigDecimal.class), parameters("decimalMax"));
        assertEquals(List.of(int.class, int.class), parameters("size"));
        assertEquals(List.of(long.class), parameters("max"));
        assertEquals(List.of(String.class), parameters("pattern"));
        assertEquals(List.of(int.class, int.class), parameters("digits"));
    }

    private static List<Class<?>> parameters(String factory) {
        for (Method method : JakartaException.class.getMethods()) {
            if (method.getName().equals(factory) && (method.getParameterCount() == 0
                    || method.getParameterTypes()[method.getParameterCount() - 1] != Throwable.class)) {
                return Arrays.asList(method.getParameterTypes());
            }
        }
        throw new AssertionError("no factory " + factory);
    }

    @Test
    void messagesInTheirLocales() {
        JakartaException size = JakartaException.size(2, 1000);
        assertEquals("1024: size must be between 2 and 1000", size.getMessage());
        assertEquals("Größe muss zwischen 2 und 1000 sein", size.message(GERMAN));
        assertEquals("个数必须在2和1000之间", size.message(CHINESE));

        JakartaException max = JakartaException.decimalMax(new BigDecimal("12345.50"));
        assertEquals("must be less than or equal to 12,345.50", max.message(Locale.ENGLISH));
        assertEquals("muss kleiner oder gleich 12.345,50 sein", max.message(Locale.GERMANY));
        assertEquals("muss kleiner 12.345,50 sein", JakartaException.decimalMaxExclusive(new BigDecimal("12345.50"))
                .message(Locale.GERMANY));
        assertEquals("必须小于或等于12,345.50", max.message(CHINESE));
    }

    @Test
    void fallbackAsResourceBundleDoes() {
        // pt-BR has its own text for Max, and none for Size: Portuguese then
        assertEquals("deve ser menor que ou igual à 10", JakartaException.max(10).message(Locale.forLanguageTag("pt-BR")));
        assertEquals("tamanho deve ser entre 1 e 3", JakartaException.size(1, 3).message(Locale.forLanguageTag("pt-BR")));
        // Dutch has no EAN text with its {type}: English
        assertEquals("invalid EAN-13 barcode", HibernateException.ean("EAN-13").message(Locale.forLanguageTag("nl")));
        // the source has no titles: every locale shows the English one
        assertEquals("Jakarta Bean Validation constraints", HibernateValidatorCategory.JAKARTA.title(GERMAN));
    }

    @Test
    void exceptionChecksTypes() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> JakartaError.SIZE.exception("2", 10));
        assertEquals("1024: argument 1 {min} must be an int (Integer), not java.lang.String", wrong.getMessage());
    }
}
