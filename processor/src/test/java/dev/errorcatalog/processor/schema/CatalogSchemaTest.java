package dev.errorcatalog.processor.schema;

import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.docs.DescriptorWriter;
import dev.errorcatalog.processor.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalog's JSON Schema (shipped in the processor jar, linked from editors) agrees with the
 * processor: a real draft-07 validator accepts catalog/'s errors.yaml, its JSON descriptor and the
 * valid test catalogs, and rejects each known-bad catalog, which the processor rejects too.
 *
 * <p>Each file under {@code schema/invalid/} names, in a {@code # expect: TEXT} line, text that one
 * of the schema's error messages must hold, so a file is rejected for its own fault, not by accident.
 */
class CatalogSchemaTest {
    /** Where the schema ships in the jar; the same path under src/main/resources is what users link to. */
    static final String SCHEMA_RESOURCE = "/dev/errorcatalog/error-catalog.schema.json";
    static final Path SCHEMA_SOURCE = Path.of("src/main/resources" + SCHEMA_RESOURCE);
    /** Relative to the processor module, surefire's working directory. */
    static final Path CATALOG_YAML = Path.of("../catalog/src/main/resources/errors.yaml");
    static final Path VALID = Path.of("src/test/resources/schema/valid");
    static final Path INVALID = Path.of("src/test/resources/schema/invalid");
    static final String MODELINE_PREFIX = "# yaml-language-server: $schema=";

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode schemaNode;
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = CatalogSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            assertNotNull(in, SCHEMA_RESOURCE + " is not on the class path");
            schemaNode = JSON.readTree(in);
        }
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schemaNode);
    }

    // ---- the schema itself

    @Test
    void schemaIsAValidDraft07Schema() {
        assertEquals("http://json-schema.org/draft-07/schema#", schemaNode.path("$schema").asText());
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
        assertEquals(List.of(), messages(metaSchema.validate(schemaNode)));
    }

    @Test
    void schemaInTheRepoIsTheOneOnTheClassPath() throws IOException {
        assertEquals(JSON.readTree(SCHEMA_SOURCE.toFile()), schemaNode);
    }

    /** Editors show a property's description on hover and its examples on completion. */
    @Test
    void everyPropertyHasADescriptionAndExamples() {
        List<String> missing = new ArrayList<>();
        checkProperties("#", schemaNode, missing);
        assertEquals(List.of(), missing);
        assertTrue(schemaNode.path("description").asText().contains("processor"),
                "the top-level description says what only the processor checks");
    }

    private static void checkProperties(String path, JsonNode node, List<String> missing) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkProperties(path + "/" + i, node.get(i), missing);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        // Codes and categories also take the catalog's own fields as keys: those must be kebab-case and scalar.
        boolean fieldKeys = node.path("additionalProperties").path("$ref").asText().equals("#/definitions/fieldValue")
                && node.has("propertyNames");
        if (node.has("properties") && !fieldKeys
                && !node.path("additionalProperties").equals(JSON.getNodeFactory().booleanNode(false))) {
            missing.add(path + ": additionalProperties is not false");
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String here = path + "/" + field.getKey();
            if (field.getKey().equals("examples") || field.getKey().equals("default")) {
                continue; // instances, not schemas
            }
            if (field.getKey().equals("if") || field.getKey().equals("then") || field.getKey().equals("else")) {
                continue; // conditions that narrow properties declared (and described) elsewhere
            }
            if (field.getKey().equals("properties")) {
                for (Map.Entry<String, JsonNode> property : field.getValue().properties()) {
                    JsonNode definition = property.getValue();
                    if (!definition.path("description").isTextual() || definition.path("description").asText().isBlank()) {
                        missing.add(here + "/" + property.getKey() + ": no description");
                    }
                    if (!definition.path("examples").isArray() || definition.path("examples").isEmpty()) {
                        missing.add(here + "/" + property.getKey() + ": no examples");
                    }
                }
            }
            checkProperties(here, field.getValue(), missing);
        }
    }

    /** The schema's examples and defaults are instances of the property or definition they illustrate. */
    @Test
    void examplesAreValidAgainstTheirOwnSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        List<String> failures = new ArrayList<>();
        int[] checked = {0};
        walkSchemas("#", schemaNode, (path, subschema) -> {
            ObjectNode wrapper = subschema.deepCopy();
            wrapper.put("$schema", "http://json-schema.org/draft-07/schema#");
            wrapper.set("definitions", schemaNode.path("definitions"));
            Schema sub = registry.getSchema(wrapper);
            List<JsonNode> instances = new ArrayList<>();
            subschema.path("examples").forEach(instances::add);
            if (subschema.has("default")) {
                instances.add(subschema.get("default"));
            }
            for (JsonNode example : instances) {
                checked[0]++;
                List<String> errors = messages(sub.validate(example));
                if (!errors.isEmpty()) {
                    failures.add(path + " example " + example + ": " + errors);
                }
            }
        });
        assertEquals(List.of(), failures);
        assertTrue(checked[0] > 40, "only " + checked[0] + " examples checked");
    }

    /** Visits every property schema and every definition, with its JSON pointer. */
    private static void walkSchemas(String path, JsonNode node, BiConsumer<String, ObjectNode> visitor) {
        for (String container : List.of("properties", "definitions")) {
            for (Map.Entry<String, JsonNode> entry : node.path(container).properties()) {
                String here = path + "/" + container + "/" + entry.getKey();
                visitor.accept(here, (ObjectNode) entry.getValue());
                walkSchemas(here, entry.getValue(), visitor);
            }
        }
    }

    // ---- catalog/'s real catalog

    @Test
    void catalogModuleCatalogIsValid() throws IOException {
        byte[] content = Files.readAllBytes(CATALOG_YAML);
        assertEquals(List.of(), messages(schema.validate(YAML.readTree(content))));
        assertEquals(List.of(), errors(load(CATALOG_YAML.getFileName().toString(), content)));
    }

    @Test
    void catalogModuleCatalogLinksTheSchema() throws IOException {
        String firstLine = Files.readAllLines(CATALOG_YAML, StandardCharsets.UTF_8).get(0);
        assertTrue(firstLine.startsWith(MODELINE_PREFIX), firstLine);
        Path linked = CATALOG_YAML.getParent().resolve(firstLine.substring(MODELINE_PREFIX.length()));
        assertTrue(Files.isSameFile(SCHEMA_SOURCE, linked), linked + " is not " + SCHEMA_SOURCE);
    }

    @Test
    void descriptorOfCatalogModuleCatalogIsValid() throws IOException {
        FrontEnd.Result result = load("errors.yaml", Files.readAllBytes(CATALOG_YAML));
        Catalog catalog = result.catalog().orElseThrow(() -> new AssertionError(errors(result)));
        JsonNode descriptor = JSON.readTree(DescriptorWriter.json(catalog));
        assertEquals(List.of(), messages(schema.validate(descriptor)));
    }

    // ---- test catalogs

    static Stream<Path> validCatalogs() {
        return yamlFiles(VALID);
    }

    static Stream<Path> invalidCatalogs() {
        return yamlFiles(INVALID);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCatalogs")
    void validCatalogPassesSchemaAndProcessor(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        assertEquals(List.of(), messages(schema.validate(YAML.readTree(content))), "schema");
        FrontEnd.Result result = load(file.getFileName().toString(), content);
        assertEquals(List.of(), errors(result), "processor");
        JsonNode descriptor = JSON.readTree(DescriptorWriter.json(result.catalog().orElseThrow()));
        assertEquals(List.of(), messages(schema.validate(descriptor)), "schema, on the JSON descriptor");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCatalogs")
    void invalidCatalogFailsSchemaAndProcessor(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        String text = new String(content, StandardCharsets.UTF_8);
        List<String> expected = text.lines().filter(l -> l.startsWith("# expect: "))
                .map(l -> l.substring("# expect: ".length()).trim()).toList();
        assertFalse(expected.isEmpty(), file + " has no '# expect: ' line");

        List<String> schemaErrors = messages(schema.validate(YAML.readTree(content)));
        assertFalse(schemaErrors.isEmpty(), "the schema accepts " + file);
        for (String fragment : expected) {
            assertTrue(schemaErrors.stream().anyMatch(m -> m.contains(fragment)),
                    "no schema error holds '" + fragment + "': " + schemaErrors);
        }
        assertTrue(load(file.getFileName().toString(), content).hasErrors(), "the processor accepts " + file);
    }

    /** The known-bad catalogs the schema must reject are all there. */
    @Test
    void invalidCatalogsCoverTheKnownMistakes() {
        Set<String> names = invalidCatalogs().map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        for (String required : List.of("misspelt-key.yaml", "missing-name.yaml", "lowercase-code-name.yaml",
                "uppercase-id.yaml", "http-700.yaml", "locale-underscore.yaml", "range-pattern.yaml", "digits-12.yaml",
                "codes-wrong-type.yaml", "unknown-top-level-key.yaml")) {
            assertTrue(names.contains(required), required + " is missing from " + INVALID + ": " + names);
        }
    }

    // ---- helpers

    private static FrontEnd.Result load(String name, byte[] content) {
        return FrontEnd.load(name, content, Options.DEFAULTS);
    }

    private static List<String> errors(FrontEnd.Result result) {
        return result.diagnostics().stream().filter(Diagnostic::isError).map(Object::toString).toList();
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    private static Stream<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
