package org.cordon.snapshot;

/**
 * One file an import read.
 *
 * @param name   file name
 * @param sha256 hex SHA-256 of its bytes
 * @param bytes  its size
 */
public record SourceFile(String name, String sha256, long bytes) {}
