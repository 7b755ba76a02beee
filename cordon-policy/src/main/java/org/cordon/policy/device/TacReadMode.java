package org.cordon.policy.device;

/** What a reader does with a bad row. */
public enum TacReadMode {
    /** Pass over the row, report it in {@link TacFile#problems()}, and go on: the load succeeds. */
    LENIENT,
    /** Read the whole file, then fail with every bad row ({@link TacFileException#problems()}). */
    STRICT
}
