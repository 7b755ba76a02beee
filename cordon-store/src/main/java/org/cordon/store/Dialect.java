package org.cordon.store;

/** The few places where SQLite and PostgreSQL need different SQL; the migrations themselves are shared. */
enum Dialect {
    /** One writer at a time already, so a plain read of the row to lock is enough. */
    SQLITE(""),
    /** Concurrent writers: the row that serialises them is read with {@code FOR UPDATE}. */
    POSTGRESQL(" FOR UPDATE");

    private final String forUpdate;

    Dialect(String forUpdate) {
        this.forUpdate = forUpdate;
    }

    /** Appended to a {@code SELECT} whose rows the transaction goes on to change. */
    String forUpdate() {
        return forUpdate;
    }
}
