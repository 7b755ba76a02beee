package org.cordon.ingest;

import java.nio.file.Path;

/**
 * Reads one publisher format into parties. Implementations stream their files (rows or XML events), never
 * load a whole file into memory, and check what they read: an empty, truncated or wrong-format file is an
 * {@link ImportException}, never a shorter list.
 */
public interface ListImporter {

    ListFormat format();

    /**
     * @param path    the file or folder to read, as the format expects
     * @param options list id, strict/lenient mode, bounds
     */
    ImportResult read(Path path, ImportOptions options) throws ImportException;
}
