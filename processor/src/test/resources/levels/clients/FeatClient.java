package com.acme.feat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** Uses the generated API at every level the tests compile (Java 11 syntax only). */
final class FeatClient {
    private FeatClient() {}

    static String describe(int code) {
        FeatError error = FeatErrors.of(code);
        FeatCategory category = error.category();
        String parent = category.parent().map(FeatCategory::id).orElse("-");
        return error.code() + " " + error.name() + " " + category.title(Locale.GERMAN) + " " + parent
                + " " + error.httpStatus() + " " + error.parameters() + " " + error.deprecated()
                + " " + FeatErrors.categoryOf(304951).map(FeatCategory::id).orElse("?") + " " + FeatErrors.all().size();
    }

    static String fields(FeatError error) {
        FeatGrpc grpc = error.grpc();
        return error.sqlstate() + error.retryable() + grpc + error.retryAfterSeconds().orElse(-1)
                + error.owner().orElse("") + error.paged().orElse(Boolean.FALSE) + error.tier().map(FeatTier::name).orElse("")
                + FeatErrors.find("SERVER_BUSY").map(FeatError::code).orElse(1) + FeatErrors.find(-2147483648).isPresent()
                + TopException.highest(7).getMessage();
    }

    /** Aliases are deprecated: code that still uses one compiles with the warning suppressed. */
    @SuppressWarnings("deprecation")
    static FeatException alias() {
        return SystemError.SYSTEM_BUSY == SystemError.BUSY ? SystemException.serverBusy() : SystemException.busy();
    }

    static FeatException fail(Throwable cause) {
        FeatException first = ComplianceException.limitExceeded(10, 5);
        FeatException second = AchReturnsException.returned("R01", cause);
        FeatException third = ComplianceException.default_();
        FeatException fourth = FeatErrors.of(304001).exception("s-42");
        FeatException typed = ComplianceException.typedValues("ann", 3, 10L, new BigDecimal("1234.5"), LocalDate.of(2026, 12, 1), "n", cause);
        if (typed.message(Locale.GERMANY).isEmpty()) {
            return typed;
        }
        return first.code() > 0 && second.message(Locale.CHINA) != null && third.arguments().isEmpty() ? fourth : first;
    }
}
