package org.cordon.ingest.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import org.cordon.ingest.BoundedZip;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.ListImporter;

/**
 * Around every importer: a file cut off anywhere is refused as an {@link ImportException} naming the file, never
 * read as a shorter list and never failing with another exception.
 *
 * <ul>
 *   <li>A zip is checked whole before it is read: its central directory must be there (a zip cut anywhere loses its
 *       end record), and every entry must expand to exactly its declared size and CRC.</li>
 *   <li>XML and JSON break off as syntax errors (their documents must close); whatever a parser throws on the way
 *       that is not an import error becomes one.</li>
 *   <li>Line-oriented text whose publisher ends every line (OFAC's legacy CSV files, the Denied Persons List,
 *       curated YAML, FollowTheMoney JSON lines) must end with its line end, or with OFAC's end-of-file mark after it: a last line without it
 *       is a cut-off line. The CSL's CSV ends without a line end, but quotes every field: its last line must end
 *       with a closing quote, and every row must have the header's column count.</li>
 * </ul>
 *
 * A cut exactly at a line end leaves a well-formed file of fewer lines that nothing in the file betrays; the import's
 * shrink guard (a version with fewer than half the active version's entries is refused) stands in its way.
 */
final class TruncationGuard implements ListImporter {

    private static final byte OFAC_END_MARK = 0x1A;

    private final ListImporter importer;

    TruncationGuard(ListImporter importer) {
        this.importer = importer;
    }

    @Override
    public ListFormat format() {
        return importer.format();
    }

    @Override
    public ImportResult read(Path path, ImportOptions options) throws ImportException {
        for (Path file : files(path)) {
            if (isZip(file)) {
                verifyZip(file, options.maxUncompressedBytes());
            }
        }
        ImportResult result;
        try {
            result = importer.read(path, options);
        } catch (RuntimeException e) {
            Throwable cause = readingCause(e);
            if (cause == null) {
                throw e;
            }
            throw new ImportException(ImportProblem.ofFile(String.valueOf(path.getFileName()),
                    "cannot be read to its end (truncated or damaged file?): " + cause.getMessage()), e);
        }
        for (Path file : files(path)) {
            if (!isZip(file)) {
                checkEnd(file);
            }
        }
        return result;
    }

    /** The files an import of the path reads: the file, or the folder's files of a folder format. */
    private List<Path> files(Path path) throws ImportException {
        List<Path> out = new ArrayList<>();
        try {
            if (Files.isRegularFile(path)) {
                out.add(path);
            } else if (Files.isDirectory(path) && format().readsFolder()) {
                try (var entries = Files.list(path)) {
                    entries.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                            .sorted().forEach(out::add);
                }
            }
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(String.valueOf(path.getFileName()), "cannot be read: "
                    + e.getMessage()), e);
        }
        return out;
    }

    private static boolean isZip(Path file) throws ImportException {
        try {
            return BoundedZip.isZip(file);
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(String.valueOf(file.getFileName()), "cannot be read: "
                    + e.getMessage()), e);
        }
    }

    /** An IOException or XML error a parser wrapped in an unchecked exception; null when it is something else. */
    private static Throwable readingCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof XMLStreamException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** The whole zip: central directory, and every entry expanded to its declared size and CRC. */
    static void verifyZip(Path file, long maxBytes) throws ImportException {
        String name = String.valueOf(file.getFileName());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            byte[] buffer = new byte[64 * 1024];
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                CRC32 crc = new CRC32();
                long size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        crc.update(buffer, 0, n);
                        size += n;
                        if (size > maxBytes) {
                            throw new ImportException(ImportProblem.ofFile(name, "zip entry " + entry.getName()
                                    + " expands beyond the limit of " + maxBytes + " bytes"));
                        }
                    }
                }
                if (entry.getSize() >= 0 && size != entry.getSize() || entry.getCrc() >= 0 && crc.getValue() != entry.getCrc()) {
                    throw new ImportException(ImportProblem.ofFile(name, "zip entry " + entry.getName()
                            + " does not expand to its declared size and CRC: the zip is truncated or damaged"));
                }
            }
        } catch (ZipException | UncheckedIOException | java.io.EOFException e) {
            throw new ImportException(ImportProblem.ofFile(name, "is not a complete zip (truncated or damaged): "
                    + e.getMessage()), e);
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(name, "is not a complete zip (truncated or damaged): "
                    + e.getMessage()), e);
        }
    }

    /** The end a complete file of the format has; an ImportException naming the file when it lacks it. */
    private void checkEnd(Path file) throws ImportException {
        String name = String.valueOf(file.getFileName());
        String lower = name.toLowerCase(Locale.ROOT);
        boolean lines = switch (format()) {
            case OFAC_SDN, OFAC_NON_SDN, DPL, FTM -> true;
            case CURATED, CSL -> !lower.endsWith(".json") && !startsLikeJson(file);
            default -> false;
        };
        if (!lines) {
            return;
        }
        byte[] tail = tail(file, 2);
        if (tail.length == 0) {
            throw new ImportException(ImportProblem.ofFile(name, "is empty: a list file cut off before its first line?"));
        }
        byte last = tail[tail.length - 1];
        byte before = tail.length > 1 ? tail[tail.length - 2] : 0;
        boolean endsLine = last == '\n' || last == OFAC_END_MARK && (before == '\n' || tail.length == 1)
                && (format() == ListFormat.OFAC_SDN || format() == ListFormat.OFAC_NON_SDN);
        if (endsLine) {
            return;
        }
        if (format() == ListFormat.CSL && last == '"') {
            return; // trade.gov ends its last line without a line end, after the closing quote of its last field
        }
        throw new ImportException(ImportProblem.ofFile(name, "the last line ends without its line end"
                + (format() == ListFormat.CSL ? " or closing quote" : "") + ": the file is cut off (truncated download?)"));
    }

    private static boolean startsLikeJson(Path file) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            int b;
            do {
                b = in.read();
            } while (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF);
            return b == '{' || b == '[';
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(String.valueOf(file.getFileName()), "cannot be read: "
                    + e.getMessage()), e);
        }
    }

    private static byte[] tail(Path file, int n) throws ImportException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long length = f.length();
            int count = (int) Math.min(n, length);
            byte[] out = new byte[count];
            f.seek(length - count);
            f.readFully(out);
            return out;
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(String.valueOf(file.getFileName()), "cannot be read: "
                    + e.getMessage()), e);
        }
    }
}
