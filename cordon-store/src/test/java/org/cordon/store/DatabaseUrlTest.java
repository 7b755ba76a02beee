package org.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    static final Path HOME = Path.of("/srv/cordon");

    @Test
    void anSqlitePathIsTakenUnderTheDataDirectory() {
        DatabaseUrl url = DatabaseUrl.parse("sqlite:cordon.db", HOME);
        assertThat(url.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:sqlite:/srv/cordon/cordon.db");
        assertThat(DatabaseUrl.parse("sqlite:/var/lib/c.db", HOME).jdbcUrl()).isEqualTo("jdbc:sqlite:/var/lib/c.db");
    }

    @Test
    void aPostgresqlUrlBecomesAJdbcUrlWithItsUserAndPasswordApart() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://cordon:s%40cret@db.example:6543/compliance?sslmode=require",
                HOME);
        assertThat(url.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/compliance?sslmode=require");
        assertThat(url.user()).contains("cordon");
        assertThat(url.password()).contains("s@cret");
        assertThat(url.display()).isEqualTo("postgresql://cordon@db.example:6543/compliance").doesNotContain("cret");
        assertThat(url.toString()).doesNotContain("cret");
    }

    @Test
    void theJdbcFormAndTheDefaultPortAreAccepted() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://localhost/cordon?user=app", HOME);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/cordon?user=app");
        assertThat(url.user()).isEmpty();
        assertThat(DatabaseUrl.parse("postgresql://app@127.0.0.1:5433/postgres", HOME).password()).isEmpty();
    }

    @Test
    void anUnknownSchemeIsRefusedWithTheFormsThatWorkAndWithoutThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:hunter2@localhost/cordon", HOME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown database URL scheme 'mysql'")
                .hasMessageContaining("sqlite:PATH")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> DatabaseUrl.parse("cordon.db", HOME)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseUrl.parse("sqlite:", HOME)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://localhost", HOME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a host and a database");
    }

    @Test
    void anUnreachableServerIsAClearErrorNamingIt() {
        assertThatThrownBy(() -> Database.open("postgresql://cordon:hunter2@127.0.0.1:1/cordon", HOME))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot connect to postgresql://cordon@127.0.0.1:1/cordon")
                .hasMessageNotContaining("hunter2");
    }
}
