package dev.errorcatalog.processor.model;

import java.util.Locale;
import java.util.Set;

/**
 * How catalog names become Java names. The validator and the generators both call these, so a
 * name that passes validation is exactly the name that is generated.
 */
public final class JavaNames {

    /** Java's reserved words and literals (JLS 3.9), which no identifier may equal. */
    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "_");

    /**
     * Instance methods every generated exception has (its own and those of {@link Throwable} and
     * {@link Object}). A static factory of the same name would hide or clash with them.
     */
    private static final Set<String> EXCEPTION_MEMBERS = Set.of(
            "error", "code", "message", "arguments", "formattedArgument", "getMessage", "getLocalizedMessage", "getCause",
            "initCause", "toString", "printStackTrace", "fillInStackTrace", "getStackTrace",
            "setStackTrace", "addSuppressed", "getSuppressed", "hashCode", "equals", "getClass",
            "notify", "notifyAll", "wait", "clone", "finalize");

    /**
     * Methods every constant of a category enum already has: those of the error interface, of
     * {@link Enum} and of {@link Object}. A field accessor of the same name would clash with them.
     */
    private static final Set<String> ERROR_MEMBERS = Set.of(
            "code", "name", "category", "message", "parameters", "httpStatus", "grpcCode", "deprecated",
            "exception", "ordinal", "compareTo", "getDeclaringClass", "describeConstable", "values", "valueOf",
            "toString", "hashCode", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    private JavaNames() {}

    /** The accessor of a field: {@code retry-after-seconds} → {@code retryAfterSeconds}. */
    public static String fieldAccessor(String fieldId) {
        return lowerCamel(upperSnake(fieldId));
    }

    /** Why a field's accessor cannot be generated (a keyword, a member it would clash with), or null. */
    public static String accessorProblem(String accessor) {
        if (isKeyword(accessor)) {
            return "is a Java keyword";
        }
        return ERROR_MEMBERS.contains(accessor) ? "is already a method of every error constant" : null;
    }

    /** The enum of an enum-typed field: catalog {@code Api}, field {@code grpc} → {@code ApiGrpc}. */
    public static String fieldEnum(String catalog, String fieldId) {
        return catalog + pascalCase(fieldId);
    }

    public static boolean isKeyword(String word) {
        return KEYWORDS.contains(word);
    }

    /** {@code dex-wallet} → {@code DexWallet}. */
    public static String pascalCase(String kebab) {
        StringBuilder out = new StringBuilder();
        for (String part : kebab.split("-", -1)) {
            if (!part.isEmpty()) {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return out.toString();
    }

    /** {@code dex-wallet} → {@code DEX_WALLET}. */
    public static String upperSnake(String kebab) {
        return kebab.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** {@code ACH_PRE_CHECKS} → {@code achPreChecks}. */
    public static String lowerCamel(String upperSnake) {
        StringBuilder out = new StringBuilder();
        for (String part : upperSnake.toLowerCase(Locale.ROOT).split("_", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            out.append(out.length() == 0 ? part : part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1));
        }
        return out.toString();
    }

    /**
     * The factory method for a code: lowerCamel of its name, with a trailing {@code _} when that
     * is a keyword or a member of the exception ({@code DEFAULT} → {@code default_()}).
     */
    public static String factoryName(String codeName) {
        String name = lowerCamel(codeName);
        return isKeyword(name) || EXCEPTION_MEMBERS.contains(name) ? name + "_" : name;
    }

    public static String errorInterface(String catalog) {
        return catalog + "Error";
    }

    public static String categoryEnum(String catalog) {
        return catalog + "Category";
    }

    public static String registry(String catalog) {
        return catalog + "Errors";
    }

    public static String baseException(String catalog) {
        return catalog + "Exception";
    }

    public static String categoryErrorEnum(String categoryId) {
        return pascalCase(categoryId) + "Error";
    }

    public static String categoryException(String categoryId) {
        return pascalCase(categoryId) + "Exception";
    }

    /** {@code ApiTexts}: package-private, the texts of the non-default locales. */
    public static String texts(String catalog) {
        return catalog + "Texts";
    }

    /** {@code ApiExplanations}: package-private, the codes' explanations. */
    public static String explanations(String catalog) {
        return catalog + "Explanations";
    }

    /** The gRPC status mapping of a catalog: {@code ApiGrpcErrors}. */
    public static String grpcErrors(String catalog) {
        return catalog + "GrpcErrors";
    }

    /**
     * The Spring Boot auto-configuration of the gRPC mapping, generated with both {@code -Aerrorcatalog.grpc=true}
     * and {@code -Aerrorcatalog.spring=true}: {@code ApiGrpcAutoConfiguration}.
     */
    public static String grpcAutoConfiguration(String catalog) {
        return catalog + "GrpcAutoConfiguration";
    }

    /** The problem handler generated with {@code -Aerrorcatalog.spring=true}: {@code ApiProblemHandler}. */
    public static String problemHandler(String catalog) {
        return catalog + "ProblemHandler";
    }

    /** The Spring Boot auto-configuration that registers {@link #problemHandler(String)}. */
    public static String problemAutoConfiguration(String catalog) {
        return catalog + "ProblemAutoConfiguration";
    }

    /** The auto-configuration that puts {@link #problemHandler(String)} to work in Spring MVC. */
    public static String problemMvcConfiguration(String catalog) {
        return catalog + "ProblemMvcConfiguration";
    }

    /** The auto-configuration that puts {@link #problemHandler(String)} to work in Spring WebFlux. */
    public static String problemWebFluxConfiguration(String catalog) {
        return catalog + "ProblemWebFluxConfiguration";
    }
}
