package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

class ReorderPersonNameTest {

    private static List<Term> reorder(PartyType type, String name) {
        return TermFixtures.latinTokens(type, name, new CanonicaliseOrgWords(TermFixtures.TABLES.orgWords()),
                new CanonicaliseLegalForms(TermFixtures.TABLES.legalForms()), new ReorderPersonName());
    }

    @Test
    void putsTheGivenNameFirst() {
        List<Term> out = reorder(PartyType.PERSON, "BIN LADIN, Usama");
        assertThat(TermFixtures.texts(out)).containsExactly("usama", "bin", "ladin");
        assertThat(out).allSatisfy(t -> assertThat(t.transformations()).contains(Transformation.REORDERED));
    }

    @Test
    void reordersANameOfUnknownTypeThatLooksLikeAPersons() {
        assertThat(TermFixtures.texts(reorder(PartyType.UNKNOWN, "SMITH,John")))
                .containsExactly("john", "smith");
    }

    @Test
    void leavesOrganisationsAndNamesWithLegalFormsAlone() {
        assertThat(TermFixtures.texts(reorder(PartyType.UNKNOWN, "Huawei Technologies, Inc.")))
                .containsExactly("huawei", "technology", "inc");
        assertThat(TermFixtures.texts(reorder(PartyType.ORGANIZATION, "Acme, Beta")))
                .containsExactly("acme", "beta");
    }

    @Test
    void needsExactlyTwoPartsAroundTheComma() {
        assertThat(TermFixtures.texts(reorder(PartyType.PERSON, "Smith, John, Jr.")))
                .containsExactly("smith", "john", "jr");
        assertThat(TermFixtures.texts(reorder(PartyType.PERSON, ", John"))).containsExactly("john");
        assertThat(TermFixtures.texts(reorder(PartyType.PERSON, "Smith, John,"))).containsExactly("john", "smith");
        assertThat(TermFixtures.texts(reorder(PartyType.PERSON, "John Smith"))).containsExactly("john", "smith");
    }
}
