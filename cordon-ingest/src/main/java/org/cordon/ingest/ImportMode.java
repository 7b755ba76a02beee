package org.cordon.ingest;

/** What an importer does with a malformed row. */
public enum ImportMode {
    /** Reject the whole import on any malformed row (the default: a list is all there or not at all). */
    STRICT,
    /** Skip malformed rows, import the rest, and report every skipped row. */
    LENIENT
}
