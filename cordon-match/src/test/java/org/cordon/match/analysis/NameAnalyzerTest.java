package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

/** The whole chain on real names. */
class NameAnalyzerTest {

    private static final NameAnalyzer ANALYZER = NameAnalyzer.standard();

    private static AnalyzedName analyze(String name, PartyType type) {
        return ANALYZER.analyze(name, type);
    }

    private static List<String> texts(AnalyzedName name) {
        return name.tokens().stream().map(Token::text).toList();
    }

    /** Token texts, with the kind after those that are not plain words: "ltd:LEGAL_FORM". */
    private static List<String> described(AnalyzedName name) {
        return name.tokens().stream()
                .map(t -> t.kind() == TokenKind.WORD ? t.text() : t.text() + ":" + t.kind()).toList();
    }

    @Test
    void huaweiInSimplifiedChinese() {
        AnalyzedName n = analyze("华为技术有限公司", PartyType.ORGANIZATION);
        assertThat(described(n)).containsExactly("hua", "wei", "technology:ORG_WORD", "ltd:LEGAL_FORM");
        assertThat(n.latin()).isEqualTo("hua wei ji shu you xian gong si");
        assertThat(n.tokens()).extracting(Token::group).containsExactly(0, 0, Token.NO_GROUP, Token.NO_GROUP);
        assertThat(n.tokens()).extracting(Token::surface).containsExactly("华", "为", "技术", "有限公司");
        assertThat(n.tokens().get(0).transformations()).containsExactly(Transformation.TRANSLITERATED);
        assertThat(n.tokens().get(2).transformations()).containsExactly(Transformation.ORG_WORD_CANONICALISED);
        assertThat(n.tokens().get(3).transformations()).containsExactly(Transformation.LEGAL_FORM_CANONICALISED);
        assertThat(n.transformations()).containsExactlyInAnyOrder(Transformation.TRANSLITERATED,
                Transformation.ORG_WORD_CANONICALISED, Transformation.LEGAL_FORM_CANONICALISED);
        assertThat(n.warnings()).isEmpty();
    }

    @Test
    void huaweiInTraditionalChineseReadsTheSame() {
        assertThat(described(analyze("華為技術有限公司", PartyType.ORGANIZATION)))
                .isEqualTo(described(analyze("华为技术有限公司", PartyType.ORGANIZATION)));
    }

    @Test
    void zteInChinese() {
        AnalyzedName n = analyze("中兴通讯股份有限公司", PartyType.ORGANIZATION);
        assertThat(described(n)).containsExactly("zhong", "xing", "telecom:ORG_WORD", "ltd:LEGAL_FORM");
        assertThat(n.latin()).isEqualTo("zhong xing tong xun gu fen you xian gong si");
    }

    @Test
    void huaweiInEnglishMeetsTheChineseAfterJoiningSyllables() {
        AnalyzedName n = analyze("Huawei Technologies Co., Ltd.", PartyType.ORGANIZATION);
        assertThat(described(n)).containsExactly("huawei", "technology:ORG_WORD", "ltd:LEGAL_FORM");
        assertThat(n.tokens().get(2).surface()).isEqualTo("Co., Ltd.");
        assertThat(n.latin()).isEqualTo("Huawei Technologies Co., Ltd.");
        assertThat(texts(analyze("HUAWEI TECHNOLOGIES COMPANY LIMITED", PartyType.ORGANIZATION)))
                .isEqualTo(texts(n));
        assertThat(texts(analyze("Huawei Tech Co Ltd", PartyType.UNKNOWN))).isEqualTo(texts(n));
    }

    @Test
    void russianCompanies() {
        assertThat(described(analyze("ZAO Gazprom", PartyType.ORGANIZATION)))
                .containsExactly("jsc:LEGAL_FORM", "gazprom");
        assertThat(described(analyze("OOO Rosneft", PartyType.ORGANIZATION)))
                .containsExactly("llc:LEGAL_FORM", "rosneft");
        assertThat(described(analyze("ООО Роснефть", PartyType.ORGANIZATION)))
                .containsExactly("llc:LEGAL_FORM", "rosneft");
        AnalyzedName gazprom = analyze("Газпром", PartyType.UNKNOWN);
        assertThat(texts(gazprom)).containsExactly("gazprom");
        assertThat(gazprom.tokens().get(0).transformations()).containsExactly(Transformation.TRANSLITERATED);
        assertThat(gazprom.latin()).isEqualTo("Gazprom");
        assertThat(gazprom.warnings()).isEmpty();
    }

    @Test
    void arabicPersonName() {
        AnalyzedName n = analyze("أسامة بن لادن", PartyType.PERSON);
        assertThat(described(n)).containsExactly("asama", "bin:PARTICLE", "ladn");
        assertThat(n.latin()).isEqualTo("asama bn ladn");
    }

    @Test
    void arabicArticleIsAToken() {
        assertThat(described(analyze("القاعدة", PartyType.UNKNOWN))).containsExactly("al:PARTICLE", "qada");
    }

    @Test
    void greekKoreanAndJapanese() {
        assertThat(texts(analyze("Ελληνική Εταιρεία", PartyType.UNKNOWN))).containsExactly("ellenike", "etaireia");
        assertThat(texts(analyze("삼성", PartyType.UNKNOWN))).containsExactly("samseong");
        assertThat(texts(analyze("サムスン", PartyType.UNKNOWN))).containsExactly("samusun");
        assertThat(described(analyze("トヨタ自動車株式会社", PartyType.ORGANIZATION)))
                .containsExactly("toyota", "zi", "dong", "che", "kk:LEGAL_FORM");
    }

    @Test
    void cyrillicLetterInALatinName() {
        AnalyzedName n = analyze("Hu\u0430wei", PartyType.UNKNOWN);
        assertThat(texts(n)).containsExactly("huawei");
        assertThat(n.tokens().get(0).transformations()).containsExactly(Transformation.CONFUSABLE_FOLDED);
        assertThat(n.transformations()).containsExactly(Transformation.CONFUSABLE_FOLDED);
        assertThat(n.warnings()).containsExactly("look-alike Cyrillic letters in a Latin name: \u0430 (U+0430)");
    }

    @Test
    void greekZteBesideLatin() {
        AnalyzedName n = analyze("\u0396\u03A4\u0395 Corporation", PartyType.UNKNOWN);
        assertThat(described(n)).containsExactly("zte", "corp:LEGAL_FORM");
        assertThat(n.warnings()).singleElement().asString().startsWith("look-alike Greek letters");
    }

    @Test
    void zeroWidthJoinerInsideAName() {
        AnalyzedName n = analyze("Hua\u200Dwei", PartyType.UNKNOWN);
        assertThat(texts(n)).containsExactly("huawei");
        assertThat(n.transformations()).containsExactly(Transformation.INVISIBLE_REMOVED);
        assertThat(n.warnings()).containsExactly("invisible characters removed: ZERO WIDTH JOINER (U+200D)");
    }

    @Test
    void surnameFirstPerson() {
        AnalyzedName n = analyze("BIN LADIN, Usama", PartyType.PERSON);
        assertThat(described(n)).containsExactly("usama", "bin:PARTICLE", "ladin");
        assertThat(n.transformations()).contains(Transformation.REORDERED);
        assertThat(n.latin()).isEqualTo("BIN LADIN, Usama");
    }

    @Test
    void initials() {
        assertThat(described(analyze("J. Smith", PartyType.PERSON))).containsExactly("j:INITIAL", "smith");
    }

    @Test
    void mexicanLegalForm() {
        AnalyzedName n = analyze("Grupo Ejemplo S.A. de C.V.", PartyType.ORGANIZATION);
        assertThat(described(n)).containsExactly("group:ORG_WORD", "ejemplo", "sa:LEGAL_FORM");
        assertThat(n.tokens().get(2).surface()).isEqualTo("S.A. de C.V.");
    }

    @Test
    void accents() {
        AnalyzedName n = analyze("Société Générale", PartyType.UNKNOWN);
        assertThat(texts(n)).containsExactly("societe", "generale");
        assertThat(n.transformations()).containsExactly(Transformation.DIACRITICS_REMOVED);
        assertThat(n.latin()).isEqualTo("Societe Generale");
    }

    @Test
    void alQaidaHyphenatedSpacedOrGlued() {
        assertThat(texts(analyze("AL-QAIDA", PartyType.ORGANIZATION))).containsExactly("al", "qaida");
        assertThat(texts(analyze("AL QAIDA", PartyType.ORGANIZATION))).containsExactly("al", "qaida");
        assertThat(texts(analyze("ALQAIDA", PartyType.ORGANIZATION))).containsExactly("alqaida");
        assertThat(analyze("AL-QAIDA", PartyType.ORGANIZATION).transformations())
                .containsExactly(Transformation.PUNCTUATION_REMOVED);
    }

    @Test
    void numbersAreKept() {
        assertThat(described(analyze("Unit 8200", PartyType.UNKNOWN))).containsExactly("unit", "8200:NUMBER");
        assertThat(described(analyze("7-Eleven, Inc.", PartyType.UNKNOWN)))
                .containsExactly("7:NUMBER", "eleven", "inc:LEGAL_FORM");
    }

    @Test
    void mixedScriptsInOneName() {
        AnalyzedName n = analyze("Huawei Technologies Co., Ltd. 华为技术有限公司", PartyType.ORGANIZATION);
        assertThat(texts(n)).containsExactly("huawei", "technology", "ltd", "hua", "wei", "technology", "ltd");
    }

    @Test
    void emptyInputs() {
        for (String empty : new String[] {null, "", "   ", "\u200B", "---", "Co., Ltd."}) {
            AnalyzedName n = analyze(empty, PartyType.UNKNOWN);
            assertThat(n.isEmpty()).as("'%s'", empty).isTrue();
            assertThat(n.original()).isEqualTo(empty == null ? "" : empty);
        }
        assertThat(analyze("Huawei", null).tokens()).hasSize(1);
    }

    @Test
    void hugeInputIsBounded() {
        AnalyzedName n = analyze("Huawei ".repeat(100_000), PartyType.UNKNOWN);
        assertThat(n.tokens()).hasSize(143); // 1,000 characters: 142 whole words and "Huawe"
        assertThat(n.warnings()).contains("name cut at 1,000 characters");
    }

    private static List<List<String>> readings(String name, PartyType type) {
        return ANALYZER.readings(name, type, null).stream().map(NameAnalyzerTest::texts).toList();
    }

    @Test
    void aNameWithBidiControlsIsAlsoReadInTheOrderItDisplays() {
        assertThat(readings("\u202EiewauH\u202C", PartyType.UNKNOWN))
                .containsExactly(List.of("iewauh"), List.of("huawei"));
        AnalyzedName displayed = ANALYZER.readings("\u202EiewauH\u202C", PartyType.UNKNOWN, null).get(1);
        assertThat(displayed.transformations()).contains(Transformation.BIDI_REORDERED);
        // Arabic with a right-to-left mark reads as stored: one reading.
        assertThat(readings("\u200F\u0623\u0633\u0627\u0645\u0629 \u0628\u0646 \u0644\u0627\u062F\u0646",
                PartyType.PERSON)).singleElement().isEqualTo(texts(analyze(
                "\u0623\u0633\u0627\u0645\u0629 \u0628\u0646 \u0644\u0627\u062F\u0646", PartyType.PERSON)));
    }

    @Test
    void lettersWrittenApartAreAlsoReadJoined() {
        assertThat(readings("H u a w e i", PartyType.UNKNOWN))
                .containsExactly(List.of("h", "u", "a", "w", "e", "i"), List.of("huawei"));
        assertThat(readings("A B C Trading", PartyType.ORGANIZATION))
                .containsExactly(List.of("a", "b", "c", "trading"), List.of("abc", "trading"));
        assertThat(readings("J P Morgan", PartyType.UNKNOWN)).hasSize(1);
        assertThat(readings("Huawei Technologies Co., Ltd.", PartyType.ORGANIZATION)).hasSize(1);
    }

    @Test
    void listedChineseNamesAreAlsoReadWithTheirOrganisationWordsInPinyinAndTheirBrandInCantonese() {
        List<List<String>> readings = ANALYZER.listedReadings("华为技术有限公司", PartyType.ORGANIZATION).stream()
                .map(NameAnalyzerTest::texts).toList();
        assertThat(readings).containsExactly(List.of("hua", "wei", "technology", "ltd"),
                List.of("hua", "wei", "ji", "shu", "ltd"), List.of("wah", "wai", "technology", "ltd"));
        assertThat(ANALYZER.readings("华为技术有限公司", PartyType.ORGANIZATION, null)).hasSize(1);
    }

    @Test
    void pinyinLegalFormsAndOrganisationWordsAreCanonical() {
        assertThat(described(analyze("Huawei Jishu Youxian Gongsi", PartyType.ORGANIZATION)))
                .containsExactly("huawei", "technology:ORG_WORD", "ltd:LEGAL_FORM");
        assertThat(described(analyze("Zhongxing Tongxun Gufen Youxian Gongsi", PartyType.UNKNOWN)))
                .containsExactly("zhongxing", "telecom:ORG_WORD", "ltd:LEGAL_FORM");
        assertThat(described(analyze("Hua Wei Ji Shu You Xian Gong Si", PartyType.ORGANIZATION)))
                .containsExactly("hua", "wei", "technology:ORG_WORD", "ltd:LEGAL_FORM");
        assertThat(described(analyze("Zhongxing Tongxun Youxian Zeren Gongsi", PartyType.ORGANIZATION)))
                .containsExactly("zhongxing", "telecom:ORG_WORD", "ltd:LEGAL_FORM");
        assertThat(described(analyze("Haikang Weishi Shuzi Jishu Gufen Gongsi", PartyType.ORGANIZATION)))
                .containsExactly("haikang", "weishi", "digital:ORG_WORD", "technology:ORG_WORD", "jsc:LEGAL_FORM");
    }

    @Test
    void aNameIsNotCutIntoShortLegalFormSyllables() {
        assertThat(texts(ANALYZER.analyze("AMIN ABUSHANAB AND SONS CO.", PartyType.UNKNOWN, w -> !w.equals("abushanab"))))
                .containsExactly("amin", "abushanab", "and", "sons", "company");
    }

    @Test
    void theStandardAnalyzerIsShared() {
        assertThat(NameAnalyzer.standard()).isSameAs(NameAnalyzer.standard());
    }
}
