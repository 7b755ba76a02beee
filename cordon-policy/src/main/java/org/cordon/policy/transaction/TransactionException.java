package org.cordon.policy.transaction;

/** A transaction that cannot be decided as written; the message names the JSON field at fault. */
public final class TransactionException extends RuntimeException {

    private final String field;

    public TransactionException(String field, String problem) {
        super((field.isEmpty() ? "" : field + ": ") + problem);
        this.field = field;
    }

    /** The JSON path of the field at fault, e.g. {@code items[0].components[1].manufacturer}; empty for the whole. */
    public String field() {
        return field;
    }
}
