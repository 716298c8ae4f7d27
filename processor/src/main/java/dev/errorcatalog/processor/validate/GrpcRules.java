package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.ErrorCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Google's error model (AIP-193) as rules, when the gRPC integration is on: every code's name
 * becomes an {@code ErrorInfo.reason} (at most 63 characters), the catalog's {@code domain} its
 * {@code domain} (a host name, required), and each placeholder a metadata key (lowerCamelCase, at
 * most 64 characters, never {@code code}, the entry of the numeric code).
 */
final class GrpcRules {
    static final int MAX_REASON = 63;
    static final int MAX_METADATA_KEY = 64;
    /** RFC 1123 labels of letters, digits and inner hyphens, dot-separated, at least two of them. */
    private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
            + "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]*");

    private GrpcRules() {}

    static List<Diagnostic> check(Catalog catalog) {
        List<Diagnostic> out = new ArrayList<>();
        if (catalog.domain().isEmpty()) {
            out.add(Diagnostic.of(DiagnosticKind.MISSING_KEY, catalog.mark(), "the catalog", "domain",
                    " (-Aerrorcatalog.grpc=true puts it in every ErrorInfo), e.g. domain: shop.acme.com"));
        } else if (!HOST.matcher(catalog.domain().get().host()).matches()) {
            out.add(Diagnostic.of(DiagnosticKind.GRPC_RULE, catalog.domain().get().mark(),
                    "domain '" + catalog.domain().get().host() + "' is not a host name",
                    "write the service's DNS name, such as shop.acme.com (letters, digits and '-' in dot-separated labels)"));
        }
        for (Category category : catalog.categories()) {
            for (ErrorCode code : category.codes()) {
                checkCode(code, out);
            }
        }
        return out;
    }

    private static void checkCode(ErrorCode code, List<Diagnostic> out) {
        if (code.name().length() > MAX_REASON) {
            out.add(Diagnostic.of(DiagnosticKind.GRPC_RULE, code.nameMark(), "name '" + code.name() + "' has "
                    + code.name().length() + " characters, but an ErrorInfo reason has at most " + MAX_REASON,
                    "shorten it (and keep the long one as an alias if it was published)"));
        }
        for (ErrorCode.Alias alias : code.aliases()) {
            if (alias.name().length() > MAX_REASON) {
                out.add(Diagnostic.of(DiagnosticKind.GRPC_RULE, alias.mark(), "alias '" + alias.name() + "' has "
                        + alias.name().length() + " characters, but an ErrorInfo reason has at most " + MAX_REASON,
                        "a client finds a code by it: shorten it"));
            }
        }
        Set<String> seen = new HashSet<>();
        for (String parameter : code.parameters()) {
            if (!seen.add(parameter)) {
                continue;
            }
            if (parameter.equals("code")) {
                out.add(Diagnostic.of(DiagnosticKind.GRPC_RULE, code.message().translations().get(0).mark(),
                        "placeholder 'code' of code " + code.code() + " would hide the metadata entry 'code', the numeric code",
                        "rename it, e.g. statusCode"));
            } else if (!LOWER_CAMEL.matcher(parameter).matches()) {
                out.add(Diagnostic.of(DiagnosticKind.GRPC_RULE, code.message().translations().get(0).mark(),
                        "placeholder '" + parameter + "' of code " + code.code() + " is not lowerCamelCase, as ErrorInfo metadata keys are",
                        "rename it, e.g. " + lowerCamel(parameter)));
            } else if (parameter.length() > MAX_METADATA_KEY) {
                out.add(Diagnostic.of(DiagnosticKind.GRPC_RULE, code.message().translations().get(0).mark(),
                        "placeholder '" + parameter + "' of code " + code.code() + " has " + parameter.length()
                                + " characters, but an ErrorInfo metadata key has at most " + MAX_METADATA_KEY,
                        "shorten it"));
            }
        }
    }

    /** {@code session_id} → {@code sessionId}, {@code SessionID} → {@code sessionID}. */
    private static String lowerCamel(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = out.length() > 0;
            } else if (out.length() == 0) {
                if (Character.isLetter(c)) {
                    out.append(Character.toLowerCase(c));
                }
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.length() == 0 ? "value" : out.toString();
    }
}
