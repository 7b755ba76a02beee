package org.cordon.ingest.dpl;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.junit.jupiter.api.Test;

class EmbeddedAliasesTest {

    @Test
    void splitsAliasesWrittenIntoTheName() {
        assertThat(EmbeddedAliases.split("FUYI SUN A/K/A FRANK SUN"))
                .containsExactly(Name.primary("FUYI SUN"), Name.of("FRANK SUN", NameKind.AKA));
        assertThat(EmbeddedAliases.split("SIBERIAN AIRLINES D/B/A S7 AIRLINES"))
                .containsExactly(Name.primary("SIBERIAN AIRLINES"), Name.of("S7 AIRLINES", NameKind.AKA));
        assertThat(EmbeddedAliases.split("A F/K/A B a/k/a C")).containsExactly(Name.primary("A"),
                Name.of("B", NameKind.FKA), Name.of("C", NameKind.AKA));
    }

    @Test
    void leavesOtherNamesWhole() {
        assertThat(EmbeddedAliases.split("AKAMAI TRADING")).containsExactly(Name.primary("AKAMAI TRADING"));
        assertThat(EmbeddedAliases.split("A/K/A SOMEONE")).containsExactly(Name.primary("A/K/A SOMEONE"));
    }

    @Property
    void everyPartIsTakenFromTheName(@ForAll String published) {
        if (published.isBlank()) {
            return;
        }
        assertThat(EmbeddedAliases.split(published.strip())).isNotEmpty()
                .allSatisfy(n -> assertThat(published).contains(n.value()));
    }
}
