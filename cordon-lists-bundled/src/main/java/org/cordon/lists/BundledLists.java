package org.cordon.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The curated lists bundled with Cordon.
 *
 * <p>Importers read files, so the usual way in is to copy a list out first:
 * <pre>{@code
 * Path file = BundledLists.copyCoveredTelecomTo(workDir);
 * ImportResult result = new CuratedListImporter().read(file, ImportOptions.strict());
 * }</pre>
 */
public final class BundledLists {

    /** Classpath resource of the covered telecom suppliers list (no leading slash, for class loaders). */
    public static final String COVERED_TELECOM_RESOURCE = "org/cordon/lists/covered-telecom.yaml";

    /** The list id the covered telecom list declares in its header. */
    public static final String COVERED_TELECOM_LIST_ID = "cordon-covered-telecom";

    private BundledLists() {}

    /**
     * Opens the covered telecom list; the caller closes the stream.
     *
     * @throws UncheckedIOException when the resource is missing (a broken build, not a runtime condition)
     */
    public static InputStream openCoveredTelecom() {
        InputStream in = BundledLists.class.getClassLoader().getResourceAsStream(COVERED_TELECOM_RESOURCE);
        if (in == null) {
            throw new UncheckedIOException(new IOException("bundled list missing from the classpath: "
                    + COVERED_TELECOM_RESOURCE));
        }
        return in;
    }

    /**
     * Copies the covered telecom list into a folder, keeping its file name ({@code covered-telecom.yaml}) so
     * that the importer can tell the syntax from the extension.
     *
     * @param folder an existing folder
     * @return the copied file
     */
    public static Path copyCoveredTelecomTo(Path folder) throws IOException {
        Path target = folder.resolve(fileName(COVERED_TELECOM_RESOURCE));
        try (InputStream in = openCoveredTelecom()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }
}
