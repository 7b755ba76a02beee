package org.cordon.store;

/** The database failed or could not be reached; the message says which database and what went wrong. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
