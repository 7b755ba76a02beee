package org.cordon.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/** A database file in a temporary folder, removed afterwards. */
final class SqliteBackend implements Backend {

    private final Path folder;

    SqliteBackend() throws IOException {
        folder = Files.createTempDirectory("cordon-store-test");
    }

    @Override
    public String url() {
        return "sqlite:store/cordon.db";
    }

    @Override
    public Path dataDirectory() {
        return folder;
    }

    @Override
    public Connection raw() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("store/cordon.db") + "?busy_timeout=30000");
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
