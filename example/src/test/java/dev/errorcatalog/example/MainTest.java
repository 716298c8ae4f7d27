package dev.errorcatalog.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(args, o, e);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void describesAKnownCode() {
        Run run = run("304900");
        assertEquals(0, run.status());
        assertEquals("", run.err());
        assertEquals(String.join(System.lineSeparator(),
                "code:            304900",
                "name:            ACH_PRE_CHECKS",
                "category:        Compliance Errors > ACH Errors",
                "category id:     ach",
                "title (zh-CN):   ACH错误",
                "path (zh-CN):    合规错误 > ACH错误",
                "message:         Ach pre checks",
                "message (zh-CN): Ach pre checks",
                "HTTP status:     422",
                ""), run.out());
    }

    @Test
    void describesACodeOfATopLevelCategoryWithoutChineseTitle() {
        Run run = run("916001");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("name:            USER_NOT_FOUND"), run.out());
        assertTrue(run.out().contains("category:        Authentication & Data Errors > User Errors"), run.out());
        assertTrue(run.out().contains("title (zh-CN):   User Errors"), run.out());
        assertTrue(run.out().contains("HTTP status:     404"), run.out());
    }

    @Test
    void withoutArgumentsThrowsAndCatchesACategoryException() {
        Run run = run();
        assertEquals(0, run.status());
        assertTrue(run.out().contains("caught AchException"), run.out());
        assertTrue(run.out().contains("error().code():   304900"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("  getMessage():")
                && l.contains("304900") && l.contains("Ach pre checks")), run.out());
        assertTrue(run.out().contains("ApiErrors.categoryOf(304950) = Compliance Errors > ACH Errors"), run.out());
    }

    @Test
    void anUnknownCodeNamesItsMostSpecificCategory() {
        Run run = run("304950");
        assertEquals(1, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().contains("304950 is not a known error code"), run.err());
        assertTrue(run.err().contains("Compliance Errors > ACH Errors (ach, 304900..304999)"), run.err());
    }

    @Test
    void anUnknownCodeOutsideEveryCategory() {
        Run run = run("123456");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("123456 is not a known error code and lies in no category"), run.err());
    }

    @Test
    void aReservedCodeIsUnknown() {
        Run run = run("101107");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("System Errors (system, 101000..101999)"), run.err());
    }

    @Test
    void somethingElseThanACodePrintsTheUsage() {
        for (String[] args : new String[][] {{"abc"}, {"-1"}, {""}, {"1234567890"}, {"304900", "304001"}}) {
            Run run = run(args);
            assertEquals(2, run.status(), String.join(" ", args));
            assertEquals("", run.out());
            assertTrue(run.err().startsWith("usage: Main [CODE]"), run.err());
        }
    }
}
