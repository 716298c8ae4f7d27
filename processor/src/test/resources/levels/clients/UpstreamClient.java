package dev.errorcatalog.upstream;

import java.util.Locale;

/** Uses the upstream catalog's generated API at every level the tests compile (Java 11 syntax). */
final class UpstreamClient {
    private UpstreamClient() {}

    static String describe() {
        ApiError error = ApiErrors.of(304900);
        ApiException exception = error.exception();
        return error.category().title(Locale.SIMPLIFIED_CHINESE) + " " + exception.getMessage()
                + " " + ApiErrors.categoryOf(304950).map(ApiCategory::id).orElse("?");
    }
}
