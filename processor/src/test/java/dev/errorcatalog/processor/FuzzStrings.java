package dev.errorcatalog.processor;

import java.util.List;

/** The vocabulary of the fuzz test: names, words, nasty-but-legal fragments, tags and bad values. */
final class FuzzStrings {
    private FuzzStrings() {}

    static final List<String> LOCALES = List.of("en", "de", "fr", "zh-CN", "pt-BR", "es-419", "ja", "fil", "zh");

    /** Fragments that must survive into Java literals and Javadoc unchanged. None holds a brace. */
    static final List<String> NASTY = List.of("\"", "'", "''", "\\", "\\\\", "*/", "/*", "/**", "\\u002a/", "\\u002A/",
            "\\uuu002a/", "\\u0022", "\\n", "$", "$S", "$L", "$N", "$T", "$$", "%s", "%d", "%n", "%", "%%", "<b>", "</p>",
            "<script>alert(1)</script>", "&amp;", "&", "&#64;", "@param x", "@return", "@deprecated", "@", "😀", "👍🏽",
            "𝄞", "中文", "错误", "日本語", "한국어", "Ünïcödé", "\t", "\u2028", "\u2029", "\u0085", "\r\n", "\n", "\r",
            " # no comment", "a: b", "- dash", "---", "...", "null", "~", "true", "no", "010001", "1_000", "0x1F", "1:30",
            "\u0000", "\u0001", "\u001b[31m", "\u007f", "\u00a0", "\u200b", "\ufeff", "\u202e", "[", "]", ",", "?", "|",
            ">", "!", "!!str", "&anchor", "*alias", "`", "#", "; DROP TABLE", "\"\"\"", "'''", "\\\"", "\\t");
    static final List<String> WORDS = List.of("No", "session", "found", "for", "user", "payment", "declined", "limit",
            "exceeded", "the", "account", "is", "locked", "try", "again", "later", "Ошибка", "账户", "ok");
    static final List<String> PLACEHOLDERS = List.of("id", "user", "amount", "x", "y", "$v", "_n", "名前", "cause",
            "String", "Object", "Throwable", "arguments", "error", "code", "valueOf", "format", "i", "a1", "Überall");
    static final List<String> CODE_WORDS = List.of("NO", "SESSION", "FOUND", "DEFAULT", "CLASS", "NEW", "ERROR",
            "CODE", "MESSAGE", "GET", "VALUE", "OF", "TO", "STRING", "HASH", "CODE2", "X", "A1", "DATA", "VALUES",
            "FORMAT", "ARGUMENTS", "CAUSE", "IF", "CASE", "ENUM", "NULL", "TRUE", "RECORD", "VAR", "YIELD");
    static final List<String> ID_WORDS = List.of("compliance", "ach", "payments", "wallet", "dex", "system", "auth",
            "kyc", "string", "list", "object", "error", "class", "default", "runtime", "x", "v2", "a1b", "optional");

    static final List<String> TAGS = List.of("!!str", "!!binary", "!x", "!!javax.script.ScriptEngineManager", "!!int",
            "!!float", "!!bool", "!!null", "!!map", "!!seq", "!!set", "!!omap", "!!pairs", "!!timestamp", "!!merge",
            "!<tag:yaml.org,2002:str>", "!<!>", "!!python/object/apply:os.system", "!foo", "!e!x",
            "!!java.net.URLClassLoader", "!<tag:yaml.org,2002:javax.script.ScriptEngineManager>", "!");
    static final List<String> BAD_VALUES = List.of("", " ", "~", "{unclosed", "lone } brace", "{class}", "{1x}", "{ x }",
            "{}", "{{{", "}", "{x}{y", "{a-b}", "{x.y}", "{\u00e9}", "{\u200bx}", "99999999999999999999", "-5", "1.5",
            "0x10", "0o17", ".inf", ".NaN", "012", "0", "1e5", "304_000", "1:30", "x", "X", "a", "Api", "api", "API_ERR",
            "compliance", "Compliance", "no-", "-a", "a--b", "a_b", "A__B", "_A", "9", "10", "599", "600", "99", "1000",
            "yes", "no", "on", "off", "true", "false", "null", "12xx", "1xxxxx", "xxxxxx", "1XXXXX", "0xxxxx", "1x1xxx",
            "1234567890", "2147483647", "2147483648", "-2147483648", "\u0000", "\t", "en", "EN", "en_US", "zh-cn",
            "de-DE-x", "\uD800", "\uDFFF", "😀", "*/", "\\u002a/", "${x}", "%s");
}
