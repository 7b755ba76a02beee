package org.cordon.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/**
 * A schema of its own on the server named by {@code CORDON_TEST_POSTGRES_URL} (system property or environment),
 * dropped afterwards.
 */
final class PostgresBackend implements Backend {

    static final String VARIABLE = "CORDON_TEST_POSTGRES_URL";

    private final String base;
    private final String schema = Digests.newId("cordon_test").replace('-', '_');

    PostgresBackend() throws SQLException {
        base = configuredUrl().orElseThrow(() -> new IllegalStateException(VARIABLE + " is not set"));
        try (Connection c = connect(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
    }

    /** The server to test against; Maven passes an unset property through as its own placeholder. */
    static Optional<String> configuredUrl() {
        String value = System.getProperty(VARIABLE);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            value = System.getenv(VARIABLE);
        }
        return value == null || value.isBlank() || value.startsWith("${") ? Optional.empty() : Optional.of(value);
    }

    @Override
    public String url() {
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public Path dataDirectory() {
        return Path.of(".");
    }

    @Override
    public Connection raw() throws SQLException {
        return connect(url());
    }

    private static Connection connect(String url) throws SQLException {
        DatabaseUrl parsed = DatabaseUrl.parse(url, Path.of("."));
        Properties props = new Properties();
        parsed.user().ifPresent(u -> props.setProperty("user", u));
        parsed.password().ifPresent(p -> props.setProperty("password", p));
        return DriverManager.getConnection(parsed.jdbcUrl(), props);
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = connect(base); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
