package dev.errorcatalog.example.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Picks the response locale from the client's {@code Accept-Language} among the locales of the
 * catalog ({@code errorcatalog.locales}, default {@code en,zh-CN}); without a match, the first.
 * So {@code zh-CN} (or {@code fr, zh-CN;q=0.5}) gets the Chinese titles, anything else English,
 * whatever the server's own default locale is.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfig {

    @Bean
    public LocaleResolver localeResolver(@Value("${errorcatalog.locales:en,zh-CN}") String[] tags) {
        List<Locale> locales = Arrays.stream(tags).map(String::strip).map(Locale::forLanguageTag).toList();
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(locales);
        resolver.setDefaultLocale(locales.get(0));
        return resolver;
    }
}
