package org.cordon.policy.product;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Checks the shape of a CycloneDX JSON BOM before the CycloneDX library reads it, because the library is lenient
 * where Cordon must not be: it takes a single object where an array belongs and a component without a name.
 * Every error names the JSON path.
 */
final class BomShape {

    static final Set<String> SPEC_VERSIONS = Set.of("1.4", "1.5", "1.6");

    private BomShape() {}

    static void check(JsonNode bom) throws BomException {
        if (!bom.isObject()) {
            throw new BomException("", "a CycloneDX BOM is a JSON object, not " + kind(bom)
                    + (bom.isTextual() && bom.asText().stripLeading().startsWith("<") ? " holding XML" : ""));
        }
        JsonNode format = bom.get("bomFormat");
        if (absent(format)) {
            throw new BomException("bomFormat", "missing: a CycloneDX BOM says \"bomFormat\": \"CycloneDX\"");
        }
        if (!format.isTextual() || !format.asText().equals("CycloneDX")) {
            throw new BomException("bomFormat", format + " is not \"CycloneDX\"");
        }
        JsonNode spec = bom.get("specVersion");
        if (absent(spec)) {
            throw new BomException("specVersion", "missing");
        }
        if (!spec.isTextual() || !SPEC_VERSIONS.contains(spec.asText())) {
            throw new BomException("specVersion", spec + " is not a version read here: 1.4, 1.5 and 1.6 are");
        }
        JsonNode metadata = bom.get("metadata");
        if (!absent(metadata)) {
            object(metadata, "metadata");
            JsonNode root = metadata.get("component");
            if (!absent(root)) {
                component(root, "metadata.component", 1);
            }
        }
        components(bom, "", 1);
        dependencies(bom.get("dependencies"));
    }

    private static void components(JsonNode parent, String parentPath, int level) throws BomException {
        JsonNode list = parent.get("components");
        String path = parentPath.isEmpty() ? "components" : parentPath + ".components";
        if (absent(list)) {
            return;
        }
        array(list, path);
        for (int i = 0; i < list.size(); i++) {
            component(list.get(i), path + "[" + i + "]", level);
        }
    }

    private static void component(JsonNode component, String path, int level) throws BomException {
        if (level > CycloneDxBomReader.MAX_DEPTH) {
            throw new BomException(path, "components nested more than " + CycloneDxBomReader.MAX_DEPTH + " levels deep");
        }
        object(component, path);
        JsonNode name = component.get("name");
        if (absent(name)) {
            throw new BomException(path + ".name", "missing: every component needs a name");
        }
        if (!name.isTextual()) {
            throw new BomException(path + ".name", "must be text, not " + kind(name));
        }
        if (name.asText().isBlank()) {
            throw new BomException(path + ".name", "is blank: every component needs a name");
        }
        components(component, path, level + 1);
    }

    private static void dependencies(JsonNode dependencies) throws BomException {
        if (absent(dependencies)) {
            return;
        }
        array(dependencies, "dependencies");
        for (int i = 0; i < dependencies.size(); i++) {
            String path = "dependencies[" + i + "]";
            JsonNode dependency = dependencies.get(i);
            object(dependency, path);
            JsonNode ref = dependency.get("ref");
            if (absent(ref) || !ref.isTextual() || ref.asText().isBlank()) {
                throw new BomException(path + ".ref", absent(ref) ? "missing" : "must be a bom-ref, not " + ref);
            }
            JsonNode dependsOn = dependency.get("dependsOn");
            if (!absent(dependsOn)) {
                array(dependsOn, path + ".dependsOn");
                for (int j = 0; j < dependsOn.size(); j++) {
                    if (!dependsOn.get(j).isTextual()) {
                        throw new BomException(path + ".dependsOn[" + j + "]", "must be a bom-ref, not "
                                + kind(dependsOn.get(j)));
                    }
                }
            }
        }
    }

    private static void object(JsonNode node, String path) throws BomException {
        if (!node.isObject()) {
            throw new BomException(path, "must be an object, not " + kind(node));
        }
    }

    private static void array(JsonNode node, String path) throws BomException {
        if (!node.isArray()) {
            throw new BomException(path, "must be an array, not " + kind(node));
        }
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
