package dev.errorcatalog.processor.repodocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the processor jar contains is said twice, for two readers: NOTICE (for people, as the
 * Apache licence asks) and the CycloneDX SBOM (for a security review's tools), which the build
 * makes from the module's dependencies before the tests run. They must name the same shaded
 * libraries under the same licences, so adding, dropping or relicensing one updates both.
 */
class SbomNoticeTest {
    /** Surefire runs in the module directory. */
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path SBOM = MODULE.resolve("target/bom.json");
    private static final Path NOTICE = MODULE.getParent().resolve("NOTICE");

    /** The NOTICE section's heading, and one of its entries: {@code - Name (group:artifact), Licence.} */
    private static final String BUNDLES = "The shaded processor jar (error-catalog-processor) bundles, relocated:";
    private static final Pattern ENTRY = Pattern.compile("^- .+ \\(([\\w.-]+:[\\w.-]+)\\), (.+)\\.$");

    /** The licence names NOTICE uses, by their SPDX identifiers (the SBOM's). */
    private static final Map<String, String> SPDX = Map.of("Apache License 2.0", "Apache-2.0", "BSD 2-Clause License", "BSD-2-Clause");

    @Test
    void noticeNamesExactlyTheShadedLibrariesOfTheSbomUnderTheSameLicences() throws IOException {
        assertEquals(sbomLibraries(), noticeLibraries(), "NOTICE (left: the SBOM " + SBOM + ", right: " + NOTICE + ")");
    }

    @Test
    void everyShadedLibraryHasAVersionALicenceAndAHash() throws IOException {
        JsonNode components = readSbom().path("components");
        assertFalse(components.isEmpty(), "no components in " + SBOM);
        for (JsonNode component : components) {
            String name = component.path("group").asText() + ":" + component.path("name").asText();
            assertFalse(component.path("version").asText().isEmpty(), name + " has no version");
            assertFalse(component.path("licenses").isEmpty(), name + " has no licence");
            assertFalse(component.path("hashes").isEmpty(), name + " has no hash");
            assertEquals("required", component.path("scope").asText(), name + " is not part of the jar");
        }
    }

    /** group:artifact to SPDX licence identifiers, as the SBOM lists the components. */
    private static Map<String, List<String>> sbomLibraries() throws IOException {
        Map<String, List<String>> libraries = new TreeMap<>();
        for (JsonNode component : readSbom().path("components")) {
            List<String> licences = new ArrayList<>();
            for (JsonNode choice : component.path("licenses")) {
                JsonNode licence = choice.path("license");
                licences.add(licence.has("id") ? licence.path("id").asText() : "name: " + licence.path("name").asText());
            }
            libraries.put(component.path("group").asText() + ":" + component.path("name").asText(), licences);
        }
        return libraries;
    }

    /** group:artifact to SPDX licence identifiers, as NOTICE lists the bundled libraries. */
    private static Map<String, List<String>> noticeLibraries() throws IOException {
        List<String> lines = Files.readAllLines(NOTICE);
        int heading = lines.indexOf(BUNDLES);
        assertTrue(heading >= 0, NOTICE + " has no line \"" + BUNDLES + "\"");
        Map<String, List<String>> libraries = new TreeMap<>();
        for (int i = heading + 1; i < lines.size() && lines.get(i).startsWith("- "); i++) {
            Matcher entry = ENTRY.matcher(lines.get(i));
            assertTrue(entry.matches(), NOTICE + ":" + (i + 1) + " is not \"- Name (group:artifact), Licence.\": " + lines.get(i));
            String spdx = SPDX.get(entry.group(2));
            assertTrue(spdx != null, NOTICE + ":" + (i + 1) + ": add the SPDX identifier of '" + entry.group(2) + "' to SPDX");
            libraries.put(entry.group(1), List.of(spdx));
        }
        return libraries;
    }

    private static JsonNode readSbom() throws IOException {
        assertTrue(Files.isRegularFile(SBOM), SBOM + " is missing: the build makes it (cyclonedx-maven-plugin, generate-resources)"
                + " before the tests; run them through Maven");
        return new ObjectMapper().readTree(SBOM.toFile());
    }
}
