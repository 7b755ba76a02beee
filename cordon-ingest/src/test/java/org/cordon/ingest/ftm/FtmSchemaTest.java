package org.cordon.ingest.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cordon.ingest.SharedData;
import org.junit.jupiter.api.Test;

/** Every FtM property the importer reads and the exporter writes exists in the published schema it is used on. */
class FtmSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final Map<String, JsonNode> schemata = new HashMap<>();

    private Path schemaDir() {
        Path dir = SharedData.root().resolve("standards/followthemoney/schema");
        assumeTrue(Files.isDirectory(dir), () -> "FtM schemata not present: " + dir);
        return dir;
    }

    private JsonNode schema(Path dir, String name) throws Exception {
        if (!schemata.containsKey(name)) {
            schemata.put(name, YAML.readTree(dir.resolve(name + ".yaml").toFile()).get(name));
        }
        return schemata.get(name);
    }

    /** The properties of a schema and of every schema it extends. */
    private Set<String> properties(Path dir, String name) throws Exception {
        JsonNode s = schema(dir, name);
        Set<String> props = new TreeSet<>();
        s.path("properties").fieldNames().forEachRemaining(props::add);
        for (JsonNode parent : s.path("extends")) {
            props.addAll(properties(dir, parent.asText()));
        }
        return props;
    }

    @Test
    void everyMappedPropertyIsInItsSchema() throws Exception {
        Path dir = schemaDir();
        Map<String, Set<String>> all = new HashMap<>(FtmProperties.READ);
        all.putAll(FtmProperties.LINKS);
        assertThat(all.keySet()).containsAll(FtmProperties.PARTY_SCHEMATA.keySet());
        for (var e : all.entrySet()) {
            Set<String> known = properties(dir, e.getKey());
            assertThat(known).as("properties of " + e.getKey()).containsAll(e.getValue());
        }
        for (FtmProperties.IdProperty p : FtmProperties.IDENTIFIERS) {
            assertThat(FtmProperties.READ.values().stream().anyMatch(s -> s.contains(p.property())))
                    .as(p.property() + " is read from some schema").isTrue();
        }
    }

    @Test
    void theExportedSchemataAreParties() throws Exception {
        Path dir = schemaDir();
        for (var t : org.cordon.model.PartyType.values()) {
            String name = FtmExporter.schemaOf(t);
            assertThat(properties(dir, name)).contains("name", "country");
            assertThat(FtmProperties.READ).containsKey(name);
        }
    }
}
