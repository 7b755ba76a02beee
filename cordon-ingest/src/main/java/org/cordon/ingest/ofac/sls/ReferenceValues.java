package org.cordon.ingest.ofac.sls;

import java.util.HashMap;
import java.util.Map;
import org.cordon.ingest.MalformedField;
import org.cordon.ingest.XmlNode;

/** The {@code ReferenceValueSets} of an advanced XML file: each value by its set ({@code AliasType}...) and id. */
final class ReferenceValues {

    private final Map<String, Map<String, XmlNode>> sets = new HashMap<>();

    /** Takes every {@code <XValues><X ID="..">} of the section. */
    void read(XmlNode section) {
        for (XmlNode set : section.children()) {
            String name = set.name().endsWith("Values") ? set.name().substring(0, set.name().length() - 6) : set.name();
            Map<String, XmlNode> values = sets.computeIfAbsent(name, k -> new HashMap<>());
            for (XmlNode v : set.children()) {
                values.put(v.attr("ID"), v);
            }
        }
    }

    /**
     * The value an attribute of {@code node} refers to.
     *
     * @throws MalformedField when the attribute is missing or names no value of the set
     */
    XmlNode get(String set, XmlNode node, String attribute) throws MalformedField {
        String id = node.attr(attribute);
        XmlNode v = sets.getOrDefault(set, Map.of()).get(id);
        if (v == null) {
            throw new MalformedField(node.name() + "@" + attribute, node.line(), id.isEmpty() ? "missing"
                    : "refers to no " + set + " value: '" + id + "'");
        }
        return v;
    }

    /** The text of the value an attribute refers to. */
    String text(String set, XmlNode node, String attribute) throws MalformedField {
        return get(set, node, attribute).text();
    }
}
