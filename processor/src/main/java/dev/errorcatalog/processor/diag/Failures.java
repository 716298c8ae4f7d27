package dev.errorcatalog.processor.diag;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What the processor or the command line says when it fails itself rather than the catalog: out of
 * memory or stack, with what to change, or a bug, with the first frames for the report. The entry
 * points catch, call this, and print one diagnostic; nothing escapes to javac as a stack trace.
 */
public final class Failures {
    /** Enough frames to find the failing line in a bug report, few enough to read. */
    static final int FRAMES = 6;

    /** Where the failure happened: the advice differs. */
    public enum Where { BUILD, COMMAND_LINE }

    private Failures() {}

    /** True for the failures that are the machine's limits, not a bug: the command line exits 3 for all of them. */
    public static boolean isResourceLimit(Throwable failure) {
        return failure instanceof OutOfMemoryError || failure instanceof StackOverflowError;
    }

    public static Diagnostic diagnose(Throwable failure, String catalog, Where where) {
        if (failure instanceof OutOfMemoryError) {
            return Diagnostic.of(DiagnosticKind.OUT_OF_MEMORY, null, "memory (" + failure.getMessage() + ")", catalog,
                    where == Where.BUILD
                            ? "give javac more heap: javac -J-Xmx2g; Maven: MAVEN_OPTS=-Xmx2g, or <fork>true</fork> and "
                                    + "<maxmem>2g</maxmem> in maven-compiler-plugin; Gradle: org.gradle.jvmargs=-Xmx2g"
                            : "give the command line more heap: java -Xmx2g -jar error-catalog-processor.jar ...");
        }
        if (failure instanceof StackOverflowError) {
            return Diagnostic.of(DiagnosticKind.OUT_OF_MEMORY, null, "stack", catalog,
                    where == Where.BUILD
                            ? "give javac a larger thread stack: javac -J-Xss16m; Maven: MAVEN_OPTS=-Xss16m, or <fork>true</fork> and "
                                    + "<compilerArgs><arg>-J-Xss16m</arg></compilerArgs>; Gradle: org.gradle.jvmargs=-Xss16m"
                            : "give the command line a larger stack: java -Xss16m -jar error-catalog-processor.jar ...");
        }
        return Diagnostic.of(DiagnosticKind.INTERNAL_ERROR, null, catalog, failure, frames(failure));
    }

    static String frames(Throwable failure) {
        return Arrays.stream(failure.getStackTrace()).limit(FRAMES).map(StackTraceElement::toString)
                .collect(Collectors.joining(" < "));
    }
}
