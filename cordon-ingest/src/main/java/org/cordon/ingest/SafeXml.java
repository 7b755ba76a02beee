package org.cordon.ingest;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * StAX readers hardened against hostile XML: no DTD processing, no external entities, and a document that
 * declares a DOCTYPE at all is refused (no official list needs one; XXE and entity-expansion attacks do).
 */
public final class SafeXml {

    private SafeXml() {}

    private static final XMLInputFactory FACTORY = createFactory();

    private static XMLInputFactory createFactory() {
        // The JDK's own parser, whatever else is on the class path: the same parser in every module's tests and in
        // the server (another StAX implementation fails differently, for one with unchecked exceptions mid-document).
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(f, "http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", "1000");
        trySet(f, "http://www.oracle.com/xml/jaxp/properties/maxGeneralEntitySizeLimit", "65536");
        return f;
    }

    private static void trySet(XMLInputFactory f, String name, Object value) {
        if (f.isPropertySupported(name)) {
            f.setProperty(name, value);
        }
    }

    /**
     * A reader over the stream that throws {@link XMLStreamException} on a DOCTYPE declaration or an entity
     * reference other than the five predefined ones.
     */
    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLStreamReader raw;
        synchronized (FACTORY) {
            raw = FACTORY.createXMLStreamReader(in);
        }
        return new StreamReaderDelegate(raw) {
            @Override
            public int next() throws XMLStreamException {
                int event = super.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new XMLStreamException("DOCTYPE declarations are not allowed in list files", getLocation());
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new XMLStreamException("entity reference '&" + getLocalName() + ";' is not allowed in list files",
                            getLocation());
                }
                return event;
            }

            // The delegate's own nextTag and getElementText would bypass the checks in next().
            @Override
            public int nextTag() throws XMLStreamException {
                int event = next();
                while (event == XMLStreamConstants.CHARACTERS && isWhiteSpace()
                        || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.COMMENT
                        || event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
                    event = next();
                }
                if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                    throw new XMLStreamException("expected a start or end tag", getLocation());
                }
                return event;
            }

            @Override
            public String getElementText() throws XMLStreamException {
                if (getEventType() != XMLStreamConstants.START_ELEMENT) {
                    throw new XMLStreamException("text is read from a start tag", getLocation());
                }
                StringBuilder text = new StringBuilder();
                int event = next();
                while (event != XMLStreamConstants.END_ELEMENT) {
                    if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                            || event == XMLStreamConstants.SPACE) {
                        text.append(getText());
                    } else if (event == XMLStreamConstants.START_ELEMENT) {
                        throw new XMLStreamException("element text holds a nested element", getLocation());
                    } else if (event == XMLStreamConstants.END_DOCUMENT) {
                        throw new XMLStreamException("document ends inside an element", getLocation());
                    }
                    event = next();
                }
                return text.toString();
            }
        };
    }

    /** The text content of the current element, trimmed; the reader ends on its end tag. */
    public static String text(XMLStreamReader r) throws XMLStreamException {
        return r.getElementText().strip();
    }
}
