package org.cordon.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** A fresh, empty database for one test, and a way around the store to reach it with raw SQL. */
interface Backend extends AutoCloseable {

    String url();

    Path dataDirectory();

    /** A connection of its own, outside the store: what someone with database access could do. */
    Connection raw() throws SQLException;

    @Override
    void close() throws IOException, SQLException;
}
