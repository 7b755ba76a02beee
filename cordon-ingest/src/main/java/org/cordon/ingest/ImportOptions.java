package org.cordon.ingest;

/**
 * How to run an import.
 *
 * @param listId             the list the parties belong to; empty for the format's default
 * @param mode               strict or lenient handling of malformed rows
 * @param maxUncompressedBytes upper bound on what a zip entry may expand to
 */
public record ImportOptions(String listId, ImportMode mode, long maxUncompressedBytes) {

    public static final long DEFAULT_MAX_UNCOMPRESSED = 1L << 30;

    public ImportOptions {
        listId = listId == null ? "" : listId.strip();
        if (mode == null) {
            throw new IllegalArgumentException("mode must not be null");
        }
        if (maxUncompressedBytes <= 0) {
            throw new IllegalArgumentException("maxUncompressedBytes must be positive: " + maxUncompressedBytes);
        }
    }

    public static ImportOptions strict() {
        return new ImportOptions("", ImportMode.STRICT, DEFAULT_MAX_UNCOMPRESSED);
    }

    public static ImportOptions lenient() {
        return new ImportOptions("", ImportMode.LENIENT, DEFAULT_MAX_UNCOMPRESSED);
    }

    public ImportOptions withListId(String id) {
        return new ImportOptions(id, mode, maxUncompressedBytes);
    }

    public ImportOptions withMaxUncompressedBytes(long max) {
        return new ImportOptions(listId, mode, max);
    }

    /** The list id to use: the one given, else the format's default. */
    public String listIdOr(String formatDefault) {
        return listId.isEmpty() ? formatDefault : listId;
    }
}
