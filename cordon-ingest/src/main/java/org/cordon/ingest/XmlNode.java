package org.cordon.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One element of a list file read whole: local name, attributes, own text (runs of white space made one space),
 * child elements and the line it starts on. Importers read one entry at a time this way, never the whole file.
 */
public record XmlNode(String name, Map<String, String> attributes, String text, List<XmlNode> children, long line) {

    /**
     * Reads the element the reader stands on (a start tag) up to its end tag. Only {@code next()} moves the reader,
     * so the checks of {@link SafeXml} see every event.
     */
    public static XmlNode read(XMLStreamReader r) throws XMLStreamException {
        String name = r.getLocalName();
        long line = r.getLocation().getLineNumber();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i).strip());
        }
        StringBuilder text = new StringBuilder();
        List<XmlNode> children = new ArrayList<>();
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> children.add(read(r));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(r.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlNode(name, Map.copyOf(attributes), text.toString().replaceAll("\\s+", " ").strip(),
                            List.copyOf(children), line);
                }
                case XMLStreamConstants.END_DOCUMENT ->
                        throw new XMLStreamException("the file ends inside <" + name + ">", r.getLocation());
                default -> {
                    // comments and processing instructions carry nothing
                }
            }
        }
    }

    /** The attribute's value, or empty. */
    public String attr(String attribute) {
        return attributes.getOrDefault(attribute, "");
    }

    /** The children with this name. */
    public List<XmlNode> all(String child) {
        return children.stream().filter(c -> c.name.equals(child)).toList();
    }

    public Optional<XmlNode> first(String child) {
        return children.stream().filter(c -> c.name.equals(child)).findFirst();
    }

    /** The text of the first child with this name, or empty. */
    public String text(String child) {
        return first(child).map(XmlNode::text).orElse("");
    }

    /** The elements reached by a path of child names ({@code "Names/Name"}). */
    public List<XmlNode> path(String path) {
        List<XmlNode> level = List.of(this);
        for (String step : path.split("/")) {
            List<XmlNode> next = new ArrayList<>();
            for (XmlNode n : level) {
                next.addAll(n.all(step));
            }
            level = next;
        }
        return level;
    }

    /** The non-blank texts of the elements at a path. */
    public List<String> texts(String path) {
        return path(path).stream().map(XmlNode::text).filter(t -> !t.isEmpty()).toList();
    }
}
