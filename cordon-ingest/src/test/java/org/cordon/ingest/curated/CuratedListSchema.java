package org.cordon.ingest.curated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The curated list JSON Schema as shipped in cordon-ingest, ready to validate YAML or JSON files. */
final class CuratedListSchema {

    static final String RESOURCE = "/org/cordon/ingest/curated/curated-list.schema.json";

    private static final JsonSchema SCHEMA = load();

    private CuratedListSchema() {}

    /** The schema itself, as a tree, for tests that read its vocabulary. */
    static JsonNode tree() {
        try (InputStream in = CuratedListSchema.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the schema finds wrong with the file, each as "location: message"; empty when it is valid. */
    static List<String> violations(Path file) {
        return SCHEMA.validate(document(file)).stream().map(ValidationMessage::toString).sorted().toList();
    }

    private static JsonNode document(Path file) {
        ObjectMapper mapper = file.toString().endsWith(".json") ? new ObjectMapper() : new YAMLMapper();
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = CuratedListSchema.class.getResourceAsStream(RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
