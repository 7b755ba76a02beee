package org.cordon.store;

import org.junit.jupiter.api.condition.EnabledIf;

/** The store on PostgreSQL, in a schema of its own: run when {@code CORDON_TEST_POSTGRES_URL} names a server. */
@EnabledIf("org.cordon.store.PostgresStoreTest#serverNamed")
class PostgresStoreTest extends StoreContract {

    static boolean serverNamed() {
        return PostgresBackend.configuredUrl().isPresent();
    }

    @Override
    Backend newBackend() throws Exception {
        return new PostgresBackend();
    }
}
