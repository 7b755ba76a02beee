package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameTablesTest {

    private static TableFile.Row row(String... columns) {
        return new TableFile.Row("test.tsv", 7, List.of(columns));
    }

    @Test
    void theBundledTablesLoad() {
        NameTables tables = TermFixtures.TABLES;
        assertThat(tables.orgWords().entries()).hasSizeGreaterThan(50);
        assertThat(tables.legalForms().entries()).hasSizeGreaterThan(80);
        assertThat(tables.hanWords().size()).isGreaterThan(30);
        assertThat(tables.particles().canonical("bin")).isEqualTo("bin");
        assertThat(tables.confusables().latinFor(0x0430)).isEqualTo("a");
    }

    @Test
    void everyCanonicalTokenIsItsOwnRow() {
        for (PhraseTable table : List.of(TermFixtures.TABLES.orgWords(), TermFixtures.TABLES.legalForms())) {
            table.entries().values().forEach(e ->
                    assertThat(table.get(e.canonical()).canonical()).isEqualTo(e.canonical()));
        }
    }

    @Test
    void readsLatinRowsAsTheChainReadsNames() {
        assertThat(NameTables.latinKey("S.A. de C.V.", row())).isEqualTo("sa de cv");
        assertThat(NameTables.latinKey("Gesellschaft mit beschränkter Haftung", row()))
                .isEqualTo("gesellschaft mit beschrankter haftung");
        assertThat(NameTables.latinKey("Sp. z o.o.", row())).isEqualTo("sp z oo");
        // legal forms are read in canonical organisation words
        assertThat(TermFixtures.TABLES.legalForms().get("company ltd").canonical()).isEqualTo("ltd");
        assertThat(TermFixtures.TABLES.legalForms().get("co ltd")).isNull();
    }

    @Test
    void refusesALegalFormThatIsAnOrganisationWord() {
        assertThatThrownBy(() -> NameTables.legalForms(List.of(row("Company", "company")),
                TermFixtures.TABLES.orgWords(), new HanWords()))
                .hasMessageContaining("test.tsv line 7").hasMessageContaining("organisation word");
    }

    @Test
    void refusesACanonicalTokenWithoutItsOwnRow() {
        assertThatThrownBy(() -> NameTables.orgWords(List.of(row("Technologies", "technology")), new HanWords()))
                .hasMessageContaining("'technology' needs a row of its own");
    }

    @Test
    void refusesOnePhraseWithTwoMeanings() {
        assertThatThrownBy(() -> NameTables.orgWords(List.of(row("tech", "tech"), row("Tech.", "technology"),
                row("technology", "technology")), new HanWords()))
                .hasMessageContaining("'tech' is already");
    }

    @Test
    void refusesBadCanonicalTokensAndBadConfusables() {
        assertThatThrownBy(() -> NameTables.orgWords(List.of(row("Tech", "Tech")), new HanWords()))
                .hasMessageContaining("lower-case ASCII");
        assertThatThrownBy(() -> Confusables.from(List.of(row("U+0061", "a"))))
                .hasMessageContaining("not a letter of another script");
    }
}
