package org.cordon.ingest.un;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One element read whole from a stream: its own text, its child elements and the line it starts on. The importer
 * reads one list entry at a time this way, so memory holds one entry, never the file.
 *
 * @param text the element's own text (the text of its children is theirs), with runs of white space made one
 *             space: the UN wraps long values over indented lines, which is layout, not content
 */
record XmlElement(String name, String text, List<XmlElement> children, long line) {

    /**
     * Reads the element the reader stands on (a start tag) up to its end tag. Only {@code next()} moves the
     * reader, so the checks of {@link org.cordon.ingest.SafeXml} see every event.
     */
    static XmlElement read(XMLStreamReader r) throws XMLStreamException {
        String name = r.getLocalName();
        long line = r.getLocation().getLineNumber();
        StringBuilder text = new StringBuilder();
        List<XmlElement> children = new ArrayList<>();
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> children.add(read(r));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(r.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    String oneLine = text.toString().replaceAll("\\s+", " ").strip();
                    return new XmlElement(name, oneLine, List.copyOf(children), line);
                }
                case XMLStreamConstants.END_DOCUMENT ->
                        throw new XMLStreamException("the file ends inside <" + name + ">", r.getLocation());
                default -> {
                    // comments and processing instructions carry nothing
                }
            }
        }
    }

    /** The children with this name. */
    List<XmlElement> all(String child) {
        return children.stream().filter(c -> c.name.equals(child)).toList();
    }

    Optional<XmlElement> first(String child) {
        return children.stream().filter(c -> c.name.equals(child)).findFirst();
    }

    /** The text of the first child with this name, or empty. */
    String text(String child) {
        return first(child).map(XmlElement::text).orElse("");
    }

    /** The non-blank {@code VALUE} texts of every child with this name ({@code <NATIONALITY><VALUE>..}). */
    List<String> values(String child) {
        return all(child).stream().flatMap(c -> c.all("VALUE").stream()).map(XmlElement::text)
                .filter(v -> !v.isEmpty()).toList();
    }
}
