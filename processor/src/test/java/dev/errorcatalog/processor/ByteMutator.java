package dev.errorcatalog.processor;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Byte-level damage to a written catalog for the fuzz test: truncation, random and invalid UTF-8
 * bytes, tabs, broken indentation, stray indicators, directives, BOMs, line-end changes. Each
 * mutation is appended to the log.
 */
final class ByteMutator {
    private final Random random;
    private final List<String> log;

    ByteMutator(Random random, List<String> log) {
        this.random = random;
        this.log = log;
    }

    /** 1-2 mutations of {@code bytes}. */
    byte[] mutate(byte[] bytes) {
        byte[] out = bytes;
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            out = mutateBytesOnce(out);
        }
        return out;
    }

    private byte[] mutateBytesOnce(byte[] bytes) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        switch (random.nextInt(13)) {
            case 0 -> {
                log.add("truncate at byte " + at);
                return Arrays.copyOf(bytes, at);
            }
            case 1 -> {
                byte[] noise = new byte[1 + random.nextInt(8)];
                random.nextBytes(noise);
                log.add("insert random bytes at " + at + ": " + Arrays.toString(noise));
                return insert(bytes, at, noise);
            }
            case 2 -> {
                byte[][] invalid = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                    {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
                byte[] chosen = invalid[random.nextInt(invalid.length)];
                log.add("insert invalid UTF-8 at " + at + ": " + Arrays.toString(chosen));
                return insert(bytes, at, chosen);
            }
            case 3 -> {
                String l = lines.get(line);
                int spaces = l.length() - l.stripLeading().length();
                log.add("tab-indent line " + (line + 1));
                lines.set(line, "\t".repeat(Math.max(1, spaces / 2)) + l.stripLeading());
            }
            case 4 -> {
                log.add("delete line " + (line + 1));
                lines.remove(line);
            }
            case 5 -> {
                log.add("duplicate line " + (line + 1));
                lines.add(line, lines.get(line));
            }
            case 6 -> {
                int shift = random.nextInt(5) - 2;
                log.add("shift line " + (line + 1) + " by " + shift);
                String l = lines.get(line);
                lines.set(line, shift > 0 ? " ".repeat(shift) + l : l.substring(Math.min(-shift, l.length() - l.stripLeading().length())));
            }
            case 7 -> {
                String inserted = List.of("\uFEFF", "\u0000", "\t", "\r", "\u2028", "\u0085", ":", "- ", "[", "{", "&", "*",
                        "!", "|", ">", "'", "\"", "%", "@", "`", "#", ",", "?", "---\n", "...\n", "\n").get(random.nextInt(26));
                log.add("insert " + CatalogMutator.shorten(inserted) + " at byte " + at);
                return insert(bytes, at, inserted.getBytes(StandardCharsets.UTF_8));
            }
            case 8 -> {
                log.add("CRLF line ends");
                return text.replace("\n", random.nextBoolean() ? "\r\n" : "\r").getBytes(StandardCharsets.UTF_8);
            }
            case 9 -> {
                String prefix = List.of("%YAML 1.1\n---\n", "%YAML 1.2\n---\n", "%TAG ! tag:evil.com,2000:\n---\n",
                        "%TAG !! tag:evil.com,2000:\n---\n", "\uFEFF", "---\n", "--- !!map\n", "%FOO bar\n---\n",
                        "? [a, b]\n: c\n", "<<: {catalog: Other}\n").get(random.nextInt(10));
                log.add("prepend " + CatalogMutator.shorten(prefix));
                return (prefix + text).getBytes(StandardCharsets.UTF_8);
            }
            case 10 -> {
                String suffix = List.of("---\nsecond: document\n", "...\n", "? [a, b]\n: c\n", "x: &x [*x]\n", "catalog: Again\n",
                        "\"unterminated\n", "  - orphan\n", "# comment\n").get(random.nextInt(8));
                log.add("append " + CatalogMutator.shorten(suffix));
                return (text + suffix).getBytes(StandardCharsets.UTF_8);
            }
            case 11 -> {
                if (bytes.length > 0) {
                    byte[] flipped = bytes.clone();
                    int i = random.nextInt(bytes.length);
                    flipped[i] ^= (byte) (1 << random.nextInt(8));
                    log.add("flip a bit of byte " + i);
                    return flipped;
                }
            }
            default -> {
                int other = random.nextInt(lines.size());
                log.add("swap lines " + (line + 1) + " and " + (other + 1));
                String l = lines.get(line);
                lines.set(line, lines.get(other));
                lines.set(other, l);
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(inserted, 0, inserted.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }
}
