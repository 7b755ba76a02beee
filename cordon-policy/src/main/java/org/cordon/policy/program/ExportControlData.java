package org.cordon.policy.program;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reasons for control of each known ECCN, the Country Chart rows Cordon has facts for, and the Country Groups:
 * the reference data behind the deemed-export and export rules ({@code export-control.yaml}).
 */
public final class ExportControlData {

    /** One ECCN: the Country Chart columns its reasons for control refer to ("NS1", "AT1", "EI"...). */
    public record Eccn(String code, List<String> reasons, String title, boolean chinaSpecific) {
        public Eccn {
            reasons = List.copyOf(reasons);
        }
    }

    private final String source;
    private final Map<String, Eccn> eccns;
    private final Map<String, List<String>> chart;
    private final Map<String, List<String>> groups;

    private ExportControlData(String source, Map<String, Eccn> eccns, Map<String, List<String>> chart,
                              Map<String, List<String>> groups) {
        this.source = source;
        this.eccns = Map.copyOf(eccns);
        this.chart = Map.copyOf(chart);
        this.groups = Map.copyOf(groups);
    }

    public static ExportControlData bundled() {
        String name = "org/cordon/policy/programs/export-control.yaml";
        try (InputStream in = ExportControlData.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new ProgramFileException("bundled resource " + name + " is missing from the build");
            }
            return read("export-control.yaml", new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new ProgramFileException("export-control.yaml: " + e.getMessage(), e);
        }
    }

    static ExportControlData read(String file, JsonNode root) {
        Map<String, Eccn> eccns = new LinkedHashMap<>();
        root.path("eccns").fields().forEachRemaining(e -> eccns.put(e.getKey(), new Eccn(e.getKey(),
                strings(file, "eccns." + e.getKey() + ".reasons", e.getValue().path("reasons")),
                e.getValue().path("title").asText(""), e.getValue().path("china_specific").asBoolean(false))));
        Map<String, List<String>> chart = new LinkedHashMap<>();
        root.path("country_chart").fields().forEachRemaining(e -> chart.put(e.getKey(),
                strings(file, "country_chart." + e.getKey() + ".x", e.getValue().path("x"))));
        Map<String, List<String>> groups = new LinkedHashMap<>();
        root.path("country_groups").fields().forEachRemaining(e -> groups.put(e.getKey(),
                strings(file, "country_groups." + e.getKey(), e.getValue())));
        if (eccns.isEmpty()) {
            throw new ProgramFileException(file + ", field eccns: no ECCNs");
        }
        return new ExportControlData(root.path("source").asText(""), eccns, chart, groups);
    }

    private static List<String> strings(String file, String field, JsonNode node) {
        if (!node.isArray()) {
            throw new ProgramFileException(file + ", field " + field + ": must be a list");
        }
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    public String source() {
        return source;
    }

    /** The ECCN, matched on its entry: 5A002.a.1 is read as 5A002. */
    public Optional<Eccn> eccn(String code) {
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        Eccn e = eccns.get(c);
        if (e == null && c.length() > 5) {
            e = eccns.get(c.substring(0, 5));
        }
        return Optional.ofNullable(e);
    }

    public boolean knows(String code) {
        return eccn(code).isPresent();
    }

    public Set<String> eccnCodes() {
        return eccns.keySet();
    }

    /** The Country Chart columns marked X for the destination, when Cordon has its row. */
    public Optional<List<String>> chartRow(String country) {
        return Optional.ofNullable(chart.get(country));
    }

    public List<String> group(String name) {
        return groups.getOrDefault(name, List.of());
    }
}
