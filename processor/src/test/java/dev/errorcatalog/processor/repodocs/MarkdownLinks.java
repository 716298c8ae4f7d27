package dev.errorcatalog.processor.repodocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the relative links of Markdown files the way a reader on GitHub follows them: the target
 * must exist inside the repository (a clone has nothing outside it), and an {@code #anchor} into a
 * Markdown file must name one of its headings. Links to web addresses are not followed.
 */
final class MarkdownLinks {
    /** An inline link or image {@code [text](target "title")}; the text may hold code spans. */
    private static final Pattern INLINE = Pattern.compile("!?\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** A reference definition {@code [label]: target}. */
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:name|id)=\"([^\"]+)\"");

    private final Path root;
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    MarkdownLinks(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Every broken link of {@code file}, as {@code file:line: target (why)}; empty when all resolve. */
    List<String> brokenLinks(Path file) {
        List<String> broken = new ArrayList<>();
        List<String> lines = outsideFences(file, true);
        for (int i = 0; i < lines.size(); i++) {
            for (String target : targets(lines.get(i))) {
                String why = problem(file, target);
                if (why != null) {
                    broken.add(root.relativize(file.toAbsolutePath().normalize()) + ":" + (i + 1) + ": " + target + " (" + why + ")");
                }
            }
        }
        return broken;
    }

    private static List<String> targets(String line) {
        List<String> targets = new ArrayList<>();
        Matcher inline = INLINE.matcher(line);
        while (inline.find()) {
            targets.add(inline.group(1));
        }
        Matcher reference = REFERENCE.matcher(line);
        if (reference.matches()) {
            targets.add(reference.group(1));
        }
        return targets;
    }

    private String problem(Path file, String target) {
        if (target.isEmpty()) {
            return "empty link";
        }
        if (SCHEME.matcher(target).find() || target.startsWith("//")) {
            return null;
        }
        int hash = target.indexOf('#');
        String pathPart = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = pathPart.isEmpty() ? file.toAbsolutePath().normalize()
                : pathPart.startsWith("/") ? root.resolve(pathPart.substring(1)).normalize()
                : file.toAbsolutePath().getParent().resolve(pathPart).normalize();
        if (!resolved.startsWith(root)) {
            return "outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (anchor == null) {
            return null;
        }
        if (!resolved.getFileName().toString().endsWith(".md")) {
            return "an anchor into a file that is not Markdown cannot be checked";
        }
        return anchorsOf(resolved).contains(URLDecoder.decode(anchor, StandardCharsets.UTF_8)) ? null
                : "no heading makes the anchor #" + anchor;
    }

    private Set<String> anchorsOf(Path file) {
        return anchors.computeIfAbsent(file, f -> {
            Set<String> found = new LinkedHashSet<>();
            Map<String, Integer> seen = new HashMap<>();
            for (String line : outsideFences(f, false)) {
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    String slug = slug(heading.group(1));
                    int count = seen.merge(slug, 1, Integer::sum);
                    found.add(count == 1 ? slug : slug + "-" + (count - 1));
                }
                Matcher html = HTML_ANCHOR.matcher(line);
                while (html.find()) {
                    found.add(html.group(1));
                }
            }
            return found;
        });
    }

    /**
     * GitHub's heading anchor: lower case, markup and punctuation dropped (letters, digits, marks,
     * '_' and '-' stay), each space a '-'.
     */
    static String slug(String heading) {
        String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-'
                    || Character.getType(c) == Character.NON_SPACING_MARK) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    /**
     * The file's lines with fenced code blocks blanked, and inline code spans too when asked:
     * a link there is text, not a link (a heading's slug keeps the text of its code spans).
     */
    private static List<String> outsideFences(Path file, boolean blankCodeSpans) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        String fence = null;
        for (String line : lines) {
            String trimmed = line.stripLeading();
            if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                fence = trimmed.substring(0, 3);
                out.add("");
            } else if (fence != null) {
                if (trimmed.startsWith(fence)) {
                    fence = null;
                }
                out.add("");
            } else {
                out.add(blankCodeSpans ? line.replaceAll("(`+)(?:(?!\\1).)+?\\1", "``") : line);
            }
        }
        return out;
    }
}
