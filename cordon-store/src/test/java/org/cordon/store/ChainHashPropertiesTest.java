package org.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The encoding under the audit hash is unambiguous: moving text between fields always changes the hash. */
class ChainHashPropertiesTest {

    @Property
    void differentFieldsNeverShareAHash(@ForAll String a1, @ForAll String a2, @ForAll String b1, @ForAll String b2) {
        Assume.that(!(a1.equals(b1) && a2.equals(b2)));
        assertThat(hash(a1, a2)).isNotEqualTo(hash(b1, b2));
    }

    @Property
    void splittingTheSameTextDifferentlyChangesTheHash(@ForAll String text, @ForAll int cut) {
        Assume.that(text.length() >= 2);
        int at = Math.floorMod(cut, text.length() - 1) + 1;
        assertThat(hash(text.substring(0, at), text.substring(at))).isNotEqualTo(hash(text, ""));
    }

    private static String hash(String actor, String action) {
        return ChainHash.of(ChainHash.GENESIS, 1, "2025-03-01T09:00:00.000000Z", actor, action, "s", "{}", "[]");
    }
}
