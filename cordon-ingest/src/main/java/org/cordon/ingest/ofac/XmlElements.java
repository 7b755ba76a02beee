package org.cordon.ingest.ofac;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks a StAX reader element by element. Only {@link XMLStreamReader#next()} is used, never {@code nextTag} or
 * {@code getElementText}, so that every event passes the checks of {@link org.cordon.ingest.SafeXml}'s reader.
 */
final class XmlElements {

    private XmlElements() {}

    /**
     * Moves to the next child element of the element being read.
     *
     * @return true on a child's start tag; false on the parent's end tag
     */
    static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        throw new XMLStreamException("document ends inside an element", r.getLocation());
    }

    /** The text of the current element, stripped, ignoring any child elements; ends on its end tag. */
    static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            if (!r.hasNext()) {
                throw new XMLStreamException("document ends inside an element", r.getLocation());
            }
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                sb.append(r.getText());
            }
        }
        return sb.toString().strip();
    }

    /** Skips the current element and everything in it; ends on its end tag. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        text(r);
    }

    /**
     * The texts of the current element's children by local name ({@code <id><idType>Passport</idType>...}); the
     * first of repeated children wins. Ends on the element's end tag.
     */
    static Map<String, String> childTexts(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> texts = new LinkedHashMap<>();
        while (nextChild(r)) {
            String name = r.getLocalName();
            String value = text(r);
            texts.putIfAbsent(name, value);
        }
        return texts;
    }
}
