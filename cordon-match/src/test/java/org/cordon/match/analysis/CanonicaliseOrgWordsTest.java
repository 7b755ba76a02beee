package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.PartyType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CanonicaliseOrgWordsTest {

    private static List<Term> canonicalise(PartyType type, String name) {
        return TermFixtures.latinTokens(type, name, new CanonicaliseOrgWords(TermFixtures.TABLES.orgWords()));
    }

    @ParameterizedTest
    @CsvSource({
            "Technologies, technology", "Technology, technology", "Tech, technology", "Technical, technology",
            "Telecommunications, telecom", "Telecommunication, telecom", "Telecom, telecom", "Telecoms, telecom",
            "Group, group", "Electronics, electronic", "Electronic, electronic", "Equipment, equipment",
            "International, international", "Intl, international", "Int'l, international", "Company, company",
            "Co, company", "Industries, industry", "Industrial, industry", "Holdings, holding", "Trading, trading",
            "Communications, communication", "Networks, network", "Digital, digital", "Télécom, telecom"})
    void readsOrganisationWords(String written, String canonical) {
        List<Term> out = canonicalise(PartyType.ORGANIZATION, "Acme " + written);
        assertThat(TermFixtures.texts(out)).containsExactly("acme", canonical);
        assertThat(out.get(1).kind()).isEqualTo(TokenKind.ORG_WORD);
        assertThat(out.get(1).surface()).isEqualTo(written);
    }

    @Test
    void flagsOnlyWordsItChanged() {
        List<Term> out = canonicalise(PartyType.ORGANIZATION, "Huawei Technologies Group");
        assertThat(out.get(1).transformations()).contains(Transformation.ORG_WORD_CANONICALISED);
        assertThat(out.get(2).transformations()).doesNotContain(Transformation.ORG_WORD_CANONICALISED);
        assertThat(out.get(2).kind()).isEqualTo(TokenKind.ORG_WORD);
    }

    @Test
    void leavesPersonsAlone() {
        assertThat(TermFixtures.texts(canonicalise(PartyType.PERSON, "Tech Group")))
                .containsExactly("tech", "group");
    }
}
