package org.cordon.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The store's database, SQLite (embedded, the default) or PostgreSQL, migrated to the current schema on open.
 *
 * <pre>{@code
 * try (Database db = Database.open("sqlite:cordon.db", home)) {
 *     DecisionStore decisions = new DecisionStore(db);
 *     db.transaction(c -> { decisions.save(record); cases.open(...); return null; });
 * }
 * }</pre>
 *
 * <p>Every store method runs in a transaction of its own, or joins the one already open on the calling thread, so
 * {@link #transaction} groups several of them into one commit. On SQLite, writes are serialised: one writer
 * connection, taken by one transaction at a time, beginning {@code IMMEDIATE} so that another process waits on the
 * busy timeout instead of failing half-way; reads run beside it on their own connections (WAL). On PostgreSQL,
 * transactions run concurrently and the rows that must be serialised (the audit head, a review case) are locked.
 */
public final class Database implements AutoCloseable {

    private static final int SQLITE_READERS = 4;
    private static final int POSTGRES_CONNECTIONS = 10;
    private static final int BUSY_TIMEOUT_MS = 30_000;

    /** Flyway reports every step at INFO on java.util.logging; only its warnings are worth a user's attention. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        if (FLYWAY_LOG.getLevel() == null) {
            FLYWAY_LOG.setLevel(Level.WARNING);
        }
    }

    private final DatabaseUrl url;
    private final Clock clock;
    private final ConnectionPool writers;
    private final ConnectionPool readers;
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    private Database(DatabaseUrl url, Clock clock, ConnectionPool writers, ConnectionPool readers) {
        this.url = url;
        this.clock = clock;
        this.writers = writers;
        this.readers = readers;
    }

    /** Opens the database at {@code url} (see {@link #open(String, Path, Clock)}) on the system clock. */
    public static Database open(String url, Path dataDirectory) {
        return open(url, dataDirectory, Clock.systemUTC());
    }

    /**
     * Opens and migrates a database.
     *
     * @param url {@code sqlite:PATH} (relative to {@code dataDirectory}) or
     *     {@code postgresql://user[:password]@host:port/db} ({@code jdbc:postgresql://...} too)
     * @param clock the time written into records (tests pass a fixed one)
     * @throws IllegalArgumentException for a URL of an unknown scheme or form
     * @throws StoreException when the server cannot be reached or the schema cannot be migrated
     */
    public static Database open(String url, Path dataDirectory, Clock clock) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(clock, "clock");
        DatabaseUrl parsed = DatabaseUrl.parse(url, dataDirectory);
        ConnectionPool writers;
        ConnectionPool readers;
        DataSource migrations;
        if (parsed.dialect() == Dialect.SQLITE) {
            createParent(parsed);
            SQLiteDataSource writer = sqlite(parsed, SQLiteConfig.TransactionMode.IMMEDIATE);
            writers = new ConnectionPool(writer, parsed.display(), 1);
            readers = new ConnectionPool(sqlite(parsed, SQLiteConfig.TransactionMode.DEFERRED), parsed.display(),
                    SQLITE_READERS);
            migrations = writer;
        } else {
            PGSimpleDataSource source = postgresql(parsed);
            writers = new ConnectionPool(source, parsed.display(), POSTGRES_CONNECTIONS);
            readers = writers;
            migrations = source;
        }
        Database db = new Database(parsed, clock, writers, readers);
        try {
            db.checkReachable();
            migrate(migrations, parsed);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static void createParent(DatabaseUrl url) {
        Path file = Path.of(url.jdbcUrl().substring("jdbc:sqlite:".length()));
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of " + url.display() + ": " + e.getMessage(), e);
        }
    }

    private static SQLiteDataSource sqlite(DatabaseUrl url, SQLiteConfig.TransactionMode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(mode);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url.jdbcUrl());
        return source;
    }

    private static PGSimpleDataSource postgresql(DatabaseUrl url) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url.jdbcUrl());
        url.user().ifPresent(source::setUser);
        url.password().ifPresent(source::setPassword);
        source.setApplicationName("cordon");
        source.setConnectTimeout(10);
        source.setLoginTimeout(10);
        return source;
    }

    private void checkReachable() {
        Connection c = writers.borrow();
        writers.release(c, false);
    }

    private static void migrate(DataSource source, DatabaseUrl url) {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the schema of " + url.display() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} in one transaction: it commits when {@code work} returns and rolls back when it throws,
     * so a decision and its audit record are stored together or not at all. Called inside another transaction on
     * the same thread, it joins that one; a failure inside marks the whole transaction for rollback even if the
     * caller catches it.
     *
     * @throws StoreException wrapping an {@link SQLException}; other exceptions pass through unchanged
     */
    public <T> T transaction(Work<T> work) {
        return run(work, true);
    }

    /** Runs read-only {@code work} on a consistent snapshot, beside the writer on SQLite. */
    public <T> T read(Work<T> work) {
        return run(work, false);
    }

    /** The clock records are stamped with. */
    public Clock clock() {
        return clock;
    }

    Dialect dialect() {
        return url.dialect();
    }

    private <T> T run(Work<T> work, boolean write) {
        Objects.requireNonNull(work, "work");
        Transaction outer = current.get();
        if (outer != null) {
            return join(outer, work, write);
        }
        ConnectionPool pool = write ? writers : readers;
        Connection c = pool.borrow();
        Transaction tx = new Transaction(c, write);
        current.set(tx);
        boolean broken = false;
        try {
            begin(c, write);
            T result = work.run(c);
            if (tx.rollbackOnly) {
                throw new StoreException("transaction rolled back: a step inside it failed");
            }
            c.commit();
            return result;
        } catch (SQLException e) {
            broken = !rollback(c);
            throw new StoreException(describe(e), e);
        } catch (RuntimeException | Error e) {
            broken = !rollback(c);
            throw e;
        } finally {
            current.remove();
            pool.release(c, broken);
        }
    }

    private <T> T join(Transaction outer, Work<T> work, boolean write) {
        if (write && !outer.write) {
            throw new IllegalStateException("a write cannot run inside a read-only transaction");
        }
        try {
            return work.run(outer.connection);
        } catch (SQLException e) {
            outer.rollbackOnly = true;
            throw new StoreException(describe(e), e);
        } catch (RuntimeException | Error e) {
            outer.rollbackOnly = true;
            throw e;
        }
    }

    private void begin(Connection c, boolean write) throws SQLException {
        if (dialect() == Dialect.POSTGRESQL) {
            // Writers see each other's commits (rows they must wait for are locked); readers get one snapshot.
            c.setReadOnly(!write);
            c.setTransactionIsolation(write ? Connection.TRANSACTION_READ_COMMITTED
                    : Connection.TRANSACTION_REPEATABLE_READ);
        }
        c.setAutoCommit(false);
    }

    private static boolean rollback(Connection c) {
        try {
            c.rollback();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private String describe(SQLException e) {
        return url.display() + ": " + e.getMessage()
                + (e.getSQLState() == null ? "" : " (SQL state " + e.getSQLState() + ")");
    }

    @Override
    public void close() {
        writers.close();
        readers.close();
    }

    @Override
    public String toString() {
        return "Database[" + url.display() + "]";
    }

    /** The connection of the transaction open on a thread, and whether a step inside it has failed. */
    private static final class Transaction {
        final Connection connection;
        final boolean write;
        boolean rollbackOnly;

        Transaction(Connection connection, boolean write) {
            this.connection = connection;
            this.write = write;
        }
    }
}
