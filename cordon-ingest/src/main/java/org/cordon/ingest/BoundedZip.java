package org.cordon.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads one entry of a zip file with a bound on what it may expand to, so a zip bomb fails fast
 * instead of filling memory or disk. Both the declared size and the bytes really read are checked.
 */
public final class BoundedZip {

    private BoundedZip() {}

    /** True when the file starts with the zip signature. */
    public static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    /**
     * Opens the first entry whose name ends with {@code suffix} (case-insensitive).
     *
     * @throws ImportException when there is no such entry or it expands beyond {@code maxBytes}
     */
    public static InputStream openEntry(Path zip, String suffix, long maxBytes) throws IOException, ImportException {
        String file = zip.getFileName().toString();
        ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
        try {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!entry.isDirectory() && entry.getName().toLowerCase().endsWith(suffix.toLowerCase())) {
                    if (entry.getSize() > maxBytes) {
                        throw new ImportException(ImportProblem.ofFile(file, "zip entry " + entry.getName()
                                + " declares " + entry.getSize() + " bytes, more than the limit of " + maxBytes));
                    }
                    return new Limited(in, maxBytes, file + "!" + entry.getName());
                }
            }
            throw new ImportException(ImportProblem.ofFile(file, "zip has no entry ending in " + suffix));
        } catch (IOException | ImportException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Thrown (as an IOException, so that parsers pass it through) when an entry expands past its bound. */
    public static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message);
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long max;
        private final String name;
        private long read;

        Limited(InputStream in, long max, String name) {
            super(in);
            this.max = max;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws LimitExceeded {
            read += n;
            if (read > max) {
                throw new LimitExceeded(name + " expands beyond the limit of " + max + " bytes (zip bomb?)");
            }
        }
    }
}
