package org.cordon.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A unit of work run inside one database transaction.
 *
 * @param <T> what the work returns ({@code Void} and {@code null} when nothing)
 */
@FunctionalInterface
public interface Work<T> {

    T run(Connection connection) throws SQLException;
}
