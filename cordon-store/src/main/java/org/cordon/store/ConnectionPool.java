package org.cordon.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A few connections kept open and handed out one transaction at a time. With one permit it is also the lock
 * that lets a single SQLite writer in at a time.
 */
final class ConnectionPool implements AutoCloseable {

    private static final long WAIT_SECONDS = 60;

    private final DataSource source;
    private final String display;
    private final Semaphore permits;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ConnectionPool(DataSource source, String display, int size) {
        this.source = source;
        this.display = display;
        this.permits = new Semaphore(size, true);
    }

    Connection borrow() {
        try {
            if (!permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new StoreException("no connection to " + display + " came free within " + WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a connection to " + display, e);
        }
        Connection c;
        synchronized (this) {
            if (closed) {
                permits.release();
                throw new IllegalStateException("the database " + display + " is closed");
            }
            c = idle.pollFirst();
        }
        if (c != null) {
            return c;
        }
        try {
            return source.getConnection();
        } catch (SQLException e) {
            permits.release();
            throw new StoreException("cannot connect to " + display + ": " + e.getMessage(), e);
        }
    }

    /** A connection whose last transaction failed at the connection level is closed rather than reused. */
    void release(Connection c, boolean broken) {
        try {
            boolean keep = !broken;
            if (keep) {
                try {
                    c.setAutoCommit(true);
                    c.setReadOnly(false);
                } catch (SQLException e) {
                    keep = false;
                }
            }
            synchronized (this) {
                if (keep && !closed) {
                    idle.addFirst(c);
                    return;
                }
            }
            closeQuietly(c);
        } finally {
            permits.release();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            idle.forEach(ConnectionPool::closeQuietly);
            idle.clear();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Nothing more can be done with a connection that will not even close.
        }
    }
}
