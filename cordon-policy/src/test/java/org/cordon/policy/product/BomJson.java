package org.cordon.policy.product;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a component tree as a CycloneDX 1.6 JSON BOM, in one of the shapes real BOMs take. */
final class BomJson {

    /** How the tree's edges are written. */
    enum Shape {
        /** The top in {@code components}, every part nested in its parent. */
        NESTED,
        /** The top as {@code metadata.component}, its parts in {@code components}, nested below. */
        METADATA_ROOT,
        /** Every component in one flat {@code components} list; the edges only in {@code dependencies}. */
        DEPENDENCIES
    }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private BomJson() {}

    static ObjectNode bom() {
        ObjectNode bom = F.objectNode();
        bom.put("bomFormat", "CycloneDX").put("specVersion", "1.6").put("version", 1);
        return bom;
    }

    static ObjectNode write(BomComponent top, Shape shape) {
        ObjectNode bom = bom();
        switch (shape) {
            case NESTED -> bom.putArray("components").add(nested(top));
            case METADATA_ROOT -> {
                bom.putObject("metadata").set("component", fields(top));
                ArrayNode parts = bom.putArray("components");
                top.children().forEach(c -> parts.add(nested(c)));
            }
            case DEPENDENCIES -> {
                ArrayNode flat = bom.putArray("components");
                ArrayNode dependencies = bom.putArray("dependencies");
                flatten(top, flat, dependencies, new int[] {0});
            }
        }
        return bom;
    }

    private static ObjectNode nested(BomComponent c) {
        ObjectNode node = fields(c);
        if (!c.children().isEmpty()) {
            ArrayNode parts = node.putArray("components");
            c.children().forEach(child -> parts.add(nested(child)));
        }
        return node;
    }

    private static String flatten(BomComponent c, ArrayNode flat, ArrayNode dependencies, int[] counter) {
        String ref = "ref-" + counter[0]++;
        flat.add(fields(c).put("bom-ref", ref));
        List<String> childRefs = new ArrayList<>();
        for (BomComponent child : c.children()) {
            childRefs.add(flatten(child, flat, dependencies, counter));
        }
        ObjectNode dependency = dependencies.addObject().put("ref", ref);
        ArrayNode dependsOn = dependency.putArray("dependsOn");
        childRefs.forEach(dependsOn::add);
        return ref;
    }

    private static ObjectNode fields(BomComponent c) {
        ObjectNode node = F.objectNode();
        putIfAny(node, "type", c.type());
        node.put("name", c.name());
        putIfAny(node, "group", c.group());
        putIfAny(node, "version", c.version());
        putIfAny(node, "purl", c.purl());
        if (!c.supplier().isEmpty()) {
            node.putObject("supplier").put("name", c.supplier());
        }
        if (!c.manufacturer().isEmpty()) {
            node.putObject("manufacturer").put("name", c.manufacturer());
        }
        putIfAny(node, "publisher", c.publisher());
        putIfAny(node, "author", c.author());
        if (!c.properties().isEmpty()) {
            ArrayNode properties = node.putArray("properties");
            for (Map.Entry<String, List<String>> p : c.properties().entrySet()) {
                p.getValue().forEach(v -> properties.addObject().put("name", p.getKey()).put("value", v));
            }
        }
        return node;
    }

    private static void putIfAny(ObjectNode node, String field, String value) {
        if (!value.isEmpty()) {
            node.put(field, value);
        }
    }

    /** A chain of {@code levels} components, each the only part of the one above. */
    static JsonNode chain(int levels) {
        BomComponent c = leaf("level-" + levels);
        for (int level = levels - 1; level >= 1; level--) {
            c = new BomComponent("level-" + level, "", "", "", "", "", "", "", "device", List.of(c), Map.of());
        }
        return write(c, Shape.NESTED);
    }

    static BomComponent leaf(String name) {
        return new BomComponent(name, "", "", "", "", "", "", "", "device", List.of(), Map.of());
    }
}
