package org.cordon.ingest.curated;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/** The two syntaxes a curated list may be written in; the structure is the same. */
enum CuratedSyntax {
    YAML, JSON;

    /** SnakeYAML's default of 3 MB would refuse a large list; this still bounds a hostile file. */
    private static final int MAX_YAML_CODE_POINTS = 64 * 1024 * 1024;

    /** By extension ({@code .yaml}, {@code .yml}, {@code .json}); otherwise JSON when the text starts with a brace. */
    static CuratedSyntax of(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        try (InputStream in = Files.newInputStream(file)) {
            int c;
            do {
                c = in.read();
            } while (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xBB || c == 0xBF);
            return c == '{' ? JSON : YAML;
        }
    }

    /**
     * A mapper for tree reading. Duplicate keys are errors: in a hand-edited file the second of two
     * {@code lifted_on} keys silently winning is exactly the mistake to catch.
     */
    ObjectMapper mapper() {
        JsonFactory factory = this == YAML ? yamlFactory() : JsonFactory.builder().build();
        factory.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        return new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_YAML_CODE_POINTS);
        return YAMLFactory.builder().loaderOptions(options).build();
    }
}
