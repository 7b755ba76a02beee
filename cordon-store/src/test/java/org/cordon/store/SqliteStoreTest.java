package org.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The store on an SQLite file: always run. */
class SqliteStoreTest extends StoreContract {

    @Override
    Backend newBackend() throws Exception {
        return new SqliteBackend();
    }

    @Test
    void theFileIsCreatedUnderTheDataDirectoryInWalMode() throws Exception {
        assertThat(Files.exists(backend.dataDirectory().resolve("store/cordon.db"))).isTrue();
        try (Connection c = backend.raw(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }
}
