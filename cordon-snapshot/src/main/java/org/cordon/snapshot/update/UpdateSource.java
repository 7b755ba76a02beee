package org.cordon.snapshot.update;

import java.net.URI;
import java.util.List;
import org.cordon.ingest.ListFormat;

/**
 * Where a list is published.
 *
 * @param listId the list it loads
 * @param format its file format
 * @param files  the files to fetch; for folder formats (OFAC CSV sets) several, each saved under its name
 */
public record UpdateSource(String listId, ListFormat format, List<RemoteFile> files) {

    public UpdateSource {
        if (listId == null || listId.isBlank()) {
            throw new IllegalArgumentException("update source needs a list id");
        }
        if (format == null) {
            throw new IllegalArgumentException("update source " + listId + " needs a format");
        }
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("update source " + listId + " names no files");
        }
        if (!format.readsFolder() && files.size() != 1) {
            throw new IllegalArgumentException("format " + format.cliName() + " reads one file; source " + listId
                    + " names " + files.size());
        }
    }

    /**
     * One file of a source.
     *
     * @param url      where to fetch it
     * @param name     the name to save it under (the importer looks files up by name)
     * @param required false for files a publisher may leave out (OFAC's alias or comment files)
     * @param sha256   the expected hex SHA-256, when the publisher or the operator states one; else empty
     */
    public record RemoteFile(URI url, String name, boolean required, String sha256) {
        public RemoteFile {
            if (url == null) {
                throw new IllegalArgumentException("remote file needs a url");
            }
            if (name == null || name.isBlank()) {
                String path = url.getPath() == null ? "" : url.getPath();
                name = path.substring(path.lastIndexOf('/') + 1);
            }
            if (name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                throw new IllegalArgumentException("cannot save " + url + " under the name '" + name + "'");
            }
            sha256 = sha256 == null ? "" : sha256.strip().toLowerCase();
        }

        public static RemoteFile of(String url) {
            return new RemoteFile(URI.create(url), "", true, "");
        }

        public static RemoteFile optional(String url) {
            return new RemoteFile(URI.create(url), "", false, "");
        }
    }
}
