package org.cordon.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a list XML file with the hardened reader of {@link SafeXml}: checks the root element, hands the root's
 * attributes over, then every element the caller asks for (by its path below the root) read whole as an
 * {@link XmlNode}, and skips the rest.
 *
 * <p>XML that is not well-formed fails the whole import in either mode: the entries after the fault cannot be
 * found, and a shorter list must never pass for the list. A fault on the file's last line, or a file that ends
 * before its root element does, is reported as a truncated file.
 */
public final class XmlListReader {

    /** What the caller does with the file's parts. */
    public interface Handler {
        /** The root element, with its attributes and without its children. */
        default void root(XmlNode root) throws ImportException {}

        /** True to receive the element at this path (names from the root's child down, the element's last). */
        boolean wants(List<String> path);

        /** An element asked for, read whole. */
        void element(XmlNode element) throws ImportException;
    }

    /** Opens the XML to read (the file itself, or an entry of a zip). */
    public interface Source {
        InputStream open() throws IOException, ImportException;
    }

    private XmlListReader() {}

    public static void read(Path path, String what, String root, Handler handler) throws ImportException {
        read(path, () -> Files.newInputStream(path), what, root, handler);
    }

    /**
     * @param what a few words naming the format, for messages ("an EU consolidated list XML file")
     * @param root the local name of the root element
     */
    public static void read(Path path, Source source, String what, String root, Handler handler)
            throws ImportException {
        String file = path.getFileName().toString();
        boolean rootRead = false;
        try (InputStream in = source.open()) {
            if (Files.size(path) == 0) {
                throw new ImportException(ImportProblem.ofFile(file, "the file is empty"));
            }
            XMLStreamReader r = SafeXml.reader(in);
            try {
                readRoot(r, file, what, root, handler);
                rootRead = true;
                Deque<String> stack = new ArrayDeque<>();
                while (true) {
                    int event = r.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        stack.addLast(r.getLocalName());
                        if (handler.wants(List.copyOf(stack))) {
                            handler.element(XmlNode.read(r));
                            stack.removeLast();
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (stack.isEmpty()) {
                            break;
                        }
                        stack.removeLast();
                    } else if (event == XMLStreamConstants.END_DOCUMENT) {
                        throw new XMLStreamException("the file ends before </" + root + ">", r.getLocation());
                    }
                }
                while (r.hasNext()) {
                    r.next(); // what follows the root may only be comments; the parser checks that
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof BoundedZip.LimitExceeded limit) {
                throw new ImportException(ImportProblem.ofFile(file, limit.getMessage()), e);
            }
            long line = line(e.getLocation());
            String kind = !rootRead ? "not " + what + ": "
                    : line >= lastLine(source) ? "the file ends before the list does (truncated file?): " : "bad XML: ";
            throw new ImportException(new ImportProblem(file, line, "", kind + message(e)), e);
        } catch (BoundedZip.LimitExceeded e) {
            throw new ImportException(ImportProblem.ofFile(file, e.getMessage()), e);
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(file, "cannot read the file: " + e.getMessage()), e);
        } catch (RuntimeException e) {
            // the JDK parser reports some faults of broken input (a cut multi-byte character) this way
            throw new ImportException(ImportProblem.ofFile(file, "bad XML (truncated file?): " + e), e);
        }
    }

    private static void readRoot(XMLStreamReader r, String file, String what, String root, Handler handler)
            throws XMLStreamException, ImportException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                if (!r.getLocalName().equals(root)) {
                    throw new ImportException(new ImportProblem(file, line(r.getLocation()), "", "not " + what
                            + ": the root element is <" + r.getLocalName() + ">, expected <" + root + ">"));
                }
                java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i).strip());
                }
                handler.root(new XmlNode(root, java.util.Map.copyOf(attributes), "", List.of(),
                        line(r.getLocation())));
                return;
            }
        }
        throw new ImportException(ImportProblem.ofFile(file, "the file has no XML element"));
    }

    /** The number of the file's last line, to tell a file cut short from one broken in the middle. */
    private static long lastLine(Source source) {
        try (InputStream in = source.open()) {
            long newlines = 0;
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    newlines += buffer[i] == '\n' ? 1 : 0;
                }
            }
            return newlines + 1;
        } catch (IOException | ImportException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long line(Location where) {
        return where == null ? 0 : Math.max(0, where.getLineNumber());
    }

    /** The parser's message without the location prefix the JDK puts on it (the problem has the line). */
    private static String message(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf("Message: ");
        return i >= 0 ? m.substring(i + "Message: ".length()).strip() : m.strip();
    }
}
