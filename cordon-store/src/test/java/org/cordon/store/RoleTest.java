package org.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void eachRoleAllowsItselfAndTheRolesBelow() {
        assertThat(Role.ADMIN.allows(Role.REVIEWER)).isTrue();
        assertThat(Role.ADMIN.allows(Role.SCREENER)).isTrue();
        assertThat(Role.REVIEWER.allows(Role.SCREENER)).isTrue();
        assertThat(Role.REVIEWER.allows(Role.REVIEWER)).isTrue();
        assertThat(Role.REVIEWER.allows(Role.ADMIN)).isFalse();
        assertThat(Role.SCREENER.allows(Role.REVIEWER)).isFalse();
    }

    @Test
    void rolesAreReadByTheirLowerCaseNames() {
        assertThat(Role.parse("reviewer")).isEqualTo(Role.REVIEWER);
        assertThat(Role.ADMIN.wireName()).isEqualTo("admin");
        assertThatThrownBy(() -> Role.parse("root")).hasMessageContaining("screener, reviewer or admin");
    }
}
