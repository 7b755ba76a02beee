package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

class CanonicaliseHanWordsTest {

    private final AnalysisStage stage = new CanonicaliseHanWords(TermFixtures.TABLES.hanWords());

    private List<Term> han(PartyType type, String run) {
        return TermFixtures.run(stage, type, TermFixtures.run(new SeparateHan(), TermFixtures.words(run)));
    }

    @Test
    void takesTheLegalFormAndOrganisationWordsOffTheEnd() {
        List<Term> out = han(PartyType.ORGANIZATION, "华为技术有限公司");
        assertThat(TermFixtures.texts(out)).containsExactly("华为", "technology", "ltd");
        assertThat(out).extracting(Term::kind)
                .containsExactly(TokenKind.WORD, TokenKind.ORG_WORD, TokenKind.LEGAL_FORM);
        assertThat(out).extracting(Term::surface).containsExactly("华为", "技术", "有限公司");
        assertThat(out.get(0).group()).isZero();
        assertThat(out.get(1).group()).isEqualTo(Token.NO_GROUP);
        assertThat(out.get(1).transformations()).containsExactly(Transformation.ORG_WORD_CANONICALISED);
        assertThat(out.get(2).transformations()).containsExactly(Transformation.LEGAL_FORM_CANONICALISED);
    }

    @Test
    void readsTraditionalCharactersAlike() {
        assertThat(TermFixtures.texts(han(PartyType.ORGANIZATION, "華為技術有限公司")))
                .containsExactly("華為", "technology", "ltd");
    }

    @Test
    void prefersTheLongestLegalForm() {
        assertThat(TermFixtures.texts(han(PartyType.ORGANIZATION, "中兴通讯股份有限公司")))
                .containsExactly("中兴", "telecom", "ltd");
        assertThat(TermFixtures.texts(han(PartyType.UNKNOWN, "中国电子科技集团公司")))
                .containsExactly("中国", "electronic", "technology", "group", "company");
    }

    @Test
    void takesALegalFormOffTheStart() {
        assertThat(TermFixtures.texts(han(PartyType.ORGANIZATION, "株式会社東芝"))).containsExactly("kk", "東芝");
    }

    @Test
    void neverLooksInsideARun() {
        // 通信 (telecom) sits across the words 华通 + 信息 (information); only 信息 at the end is taken
        assertThat(TermFixtures.texts(han(PartyType.ORGANIZATION, "华通信息"))).containsExactly("华通", "information");
    }

    @Test
    void leavesPersonsAlone() {
        assertThat(TermFixtures.texts(han(PartyType.PERSON, "华为技术"))).containsExactly("华为技术");
    }
}
