package org.cordon.policy.program;

/** A program file that cannot be used: the message names the file, the line where known, and the field. */
public final class ProgramFileException extends RuntimeException {

    public ProgramFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProgramFileException(String message) {
        super(message);
    }
}
