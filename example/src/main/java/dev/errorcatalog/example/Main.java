package dev.errorcatalog.example;

import dev.errorcatalog.upstream.AchException;
import dev.errorcatalog.upstream.ApiCategory;
import dev.errorcatalog.upstream.ApiError;
import dev.errorcatalog.upstream.ApiErrors;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Describes an upstream error code with the API generated from the catalog.
 *
 * <pre>
 * Main 304900     describe code 304900 (exit 0)
 * Main            a short tour: look up, throw and catch a category exception (exit 0)
 * Main 304950     an unknown code: says so and names its most specific category (exit 1)
 * Main abc        not a code: prints the usage (exit 2)
 * </pre>
 */
public final class Main {

    static final int OK = 0;
    static final int UNKNOWN_CODE = 1;
    static final int USAGE = 2;

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Main() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the platform's default, so the Chinese titles survive
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        if (status != OK) {
            System.exit(status);
        }
    }

    /**
     * Runs the program.
     *
     * @param args the command line: nothing, or one error code
     * @param out where results go
     * @param err where the usage and "unknown code" go
     * @return the exit status: 0, 1 for an unknown code, 2 for a bad command line
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return tour(out);
        }
        if (args.length > 1 || !args[0].matches("\\d{1,9}")) {
            err.println("usage: Main [CODE]");
            err.println("  CODE  an error code of the upstream API, e.g. 304900");
            err.println("  without CODE: look up, throw and catch an error to show the generated API");
            return USAGE;
        }
        int code = Integer.parseInt(args[0]);
        Optional<ApiError> found = ApiErrors.find(code);
        if (found.isEmpty()) {
            Optional<ApiCategory> category = ApiErrors.categoryOf(code);
            if (category.isPresent()) {
                err.println(code + " is not a known error code; it lies in the range of "
                        + path(category.get(), ApiCategory::title) + " (" + category.get().id() + ", "
                        + category.get().first() + ".." + category.get().last() + ")");
            } else {
                err.println(code + " is not a known error code and lies in no category's range");
            }
            return UNKNOWN_CODE;
        }
        describe(found.get(), out);
        return OK;
    }

    /** Prints everything the catalog knows about one error. */
    static void describe(ApiError error, PrintStream out) {
        ApiCategory category = error.category();
        out.println("code:            " + error.code());
        out.println("name:            " + error.name());
        out.println("category:        " + path(category, ApiCategory::title));
        out.println("category id:     " + category.id());
        out.println("title (zh-CN):   " + category.title(CHINESE));
        out.println("path (zh-CN):    " + path(category, c -> c.title(CHINESE)));
        out.println("message:         " + error.message());
        out.println("message (zh-CN): " + error.message(CHINESE));
        out.println("HTTP status:     " + error.httpStatus());
        if (error.deprecated()) {
            out.println("deprecated:      yes");
        }
    }

    /** With no argument: find an error, throw its category's exception and catch it. */
    static int tour(PrintStream out) {
        out.println("No code given: a short tour of the generated API (run with a code, e.g. 304900, to describe it).");
        out.println();

        ApiError error = ApiErrors.of(304900);
        out.println("ApiErrors.of(304900) = " + error.name() + " in " + path(error.category(), ApiCategory::title));
        describe(error, out);
        out.println();

        out.println("throw AchException.achPreChecks() ...");
        try {
            throw AchException.achPreChecks();
        } catch (AchException e) {
            out.println("caught " + e.getClass().getSimpleName());
            out.println("  getMessage():     " + e.getMessage());
            out.println("  error().code():   " + e.error().code());
            out.println("  error().name():   " + e.error().name());
            out.println("  answer with HTTP: " + e.error().httpStatus());
        }
        out.println();

        int undeclared = 304950;
        out.println("ApiErrors.find(" + undeclared + ") = " + ApiErrors.find(undeclared).map(ApiError::name).orElse("(empty)"));
        out.println("ApiErrors.categoryOf(" + undeclared + ") = "
                + ApiErrors.categoryOf(undeclared).map(c -> path(c, ApiCategory::title)).orElse("(none)"));
        return OK;
    }

    /** "Compliance Errors > ACH Errors": the titles from the outermost category to this one. */
    static String path(ApiCategory category, Function<ApiCategory, String> title) {
        Deque<String> titles = new ArrayDeque<>();
        for (Optional<ApiCategory> c = Optional.of(category); c.isPresent(); c = c.get().parent()) {
            titles.addFirst(title.apply(c.get()));
        }
        return String.join(" > ", titles);
    }
}
