package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cordon.model.PartyType;

/** What holds for every name. */
class NameAnalyzerPropertiesTest {

    private static final NameAnalyzer ANALYZER = NameAnalyzer.standard();

    /** Words of real names in the scripts and forms the chain handles, with the punctuation between them. */
    private static final List<String> WORDS = List.of(
            "Huawei", "Technologies", "Tech", "Co.,", "Ltd.", "Company", "Limited", "ZTE", "Corporation", "Inc.",
            "LLC", "L.L.C.", "GmbH", "&", "Co.", "KG", "S.A.", "de", "C.V.", "SA", "AG", "AO", "ZAO", "OOO", "Sp.",
            "z", "o.o.", "Pty", "Joint", "Stock", "Group", "Holdings", "International", "Int'l", "AL-QAIDA", "AL",
            "QAIDA", "bin", "BIN", "LADIN,", "Usama", "J.", "J.R.", "y", "van", "der", "O'Brien", "Smith,", "5G",
            "8200", "1,000", "A.B.C.", "Société", "Générale", "Ørsted", "A/S", "Straße", "Hu\u0430wei",
            "\u0396\u03A4\u0395", "Hua\u200Dwei", "Ｈｕａｗｅｉ", "Газпром", "ООО", "Роснефть", "ПАО",
            "Общество", "с", "ограниченной", "ответственностью", "Αθήνα", "أسامة", "بن", "لادن", "القاعدة",
            "삼성", "サムスン", "-", ",", "(", ")", "«", "»");

    private static final List<String> HAN = List.of("华为技术有限公司", "華為技術有限公司", "中兴通讯股份有限公司",
            "中国电子科技集团公司", "重庆", "株式会社東芝", "海康威视", "有限公司", "公司", "集团");

    /** Characters from everywhere: scripts, marks, invisibles, controls, surrogates, spaces, symbols. */
    private static final String MIXED = "aZé5 .,-'&/\u00A0\u3000\t\n\u0000\u200B\u200D\u202E\uFEFF\u00AD\u0301"
            + "аоРΖΤΕωщЖ华為技术公司有限ابنلادنة" + "שלוםش삼성サムスンひ\uD800\uDC00\uD83D\uDE00ß\u0130ı١٢ﷺ㍿Ⅻ";

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.strings().withChars(MIXED.toCharArray()).ofMaxLength(300),
                Arbitraries.strings().withChars(MIXED.toCharArray()).ofMinLength(900).ofMaxLength(3_000));
    }

    @Provide
    Arbitrary<PartyType> anyType() {
        return Arbitraries.of(PartyType.class);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(7).map(ws -> String.join(" ", ws));
    }

    @Provide
    Arbitrary<String> hanNames() {
        return Combinators.combine(Arbitraries.of(HAN).list().ofMinSize(1).ofMaxSize(3), names())
                .as((han, rest) -> String.join("", han) + " " + rest);
    }

    @Provide
    Arbitrary<String> asciiNames() {
        return Arbitraries.of("Huawei", "Technologies", "Co.,", "Ltd.", "ZTE", "Corporation", "Smith,", "John",
                "J.", "AL-QAIDA", "bin", "Ladin", "van", "der", "O'Brien", "&", "S.A.", "de", "C.V.", "5G", "1,000",
                "Group", "International", "AO", "Gazprom", "y", "Garcia").list().ofMinSize(1).ofMaxSize(6)
                .map(ws -> String.join(" ", ws));
    }

    @Property(tries = 600)
    void neverThrowsAndAlwaysFinishes(@ForAll("anyText") String text, @ForAll("anyType") PartyType type) {
        AnalyzedName n = ANALYZER.analyze(text, type);
        assertThat(n.warnings()).noneMatch(w -> w.startsWith("the name could not be analysed"));
        assertThat(n.original()).isEqualTo(text);
    }

    @Property(tries = 600)
    void everyTokenIsLowerCaseAsciiLettersAndDigits(@ForAll("anyText") String text,
                                                     @ForAll("anyType") PartyType type) {
        assertThat(ANALYZER.analyze(text, type).tokens())
                .allSatisfy(t -> assertThat(t.text()).matches("[a-z0-9]+"));
    }

    /**
     * Analysis is a fixed point: analysing the token texts again gives them back. Not for names made only of
     * one- and two-letter pieces ("S.A. AO"), which read as initials the first time and as words beside a legal
     * form the second: such a name is ambiguous whichever way it is read. The same for a name whose only longer
     * word is a legal form.
     */
    @Property(tries = 1_000)
    void analysingTheTokenTextsAgainChangesNothing(@ForAll("names") String name, @ForAll("anyType") PartyType type) {
        AnalyzedName first = ANALYZER.analyze(name, type);
        // A word that is itself a legal form ("S.A. ZAO": "zao" beside nothing but initials) is as ambiguous.
        Assume.that(first.tokens().stream().anyMatch(t -> t.text().length() >= 3 && t.kind() != TokenKind.LEGAL_FORM
                && TermFixtures.TABLES.legalForms().get(t.text()) == null));
        List<String> texts = texts(first);
        assertThat(texts(ANALYZER.analyze(String.join(" ", texts), type))).isEqualTo(texts);
    }

    /**
     * Also with Han, except where a syllable, or syllables side by side, are a Latin legal form or organisation
     * word (澳 reads "ao", 公司 "gong si", which is "gongsi" written apart): the tables leave syllables alone, but
     * read "ao" and "gongsi" written in Latin letters.
     */
    @Property(tries = 300)
    void analysingHanTokenTextsAgainChangesNothing(@ForAll("hanNames") String name,
                                                   @ForAll("anyType") PartyType type) {
        AnalyzedName n = ANALYZER.analyze(name, type);
        Assume.that(n.tokens().stream().noneMatch(t -> t.group() != Token.NO_GROUP
                && (TermFixtures.TABLES.legalForms().get(t.text()) != null
                || TermFixtures.TABLES.orgWords().get(t.text()) != null)));
        Assume.that(!syllablesSpellATableWord(n));
        List<String> texts = texts(n);
        assertThat(texts(ANALYZER.analyze(String.join(" ", texts), type))).isEqualTo(texts);
    }

    @Property(tries = 500)
    void compatibilityCaseAccentAndInvisibleVariantsReadAlike(@ForAll("asciiNames") String name,
                                                             @ForAll("anyType") PartyType type) {
        List<String> expected = described(ANALYZER.analyze(name, type));
        for (String variant : List.of(name.toUpperCase(java.util.Locale.ROOT), name.toLowerCase(java.util.Locale.ROOT),
                fullWidth(name), accented(name), withInvisibles(name))) {
            assertThat(described(ANALYZER.analyze(variant, type))).as(variant).isEqualTo(expected);
        }
    }

    private static final FormVocabulary VOCABULARY = FormVocabulary.of(
            List.of(TermFixtures.TABLES.orgWords(), TermFixtures.TABLES.legalForms()));

    /** True when two or three syllables side by side make a word of the tables ("gong" "si": gongsi). */
    private static boolean syllablesSpellATableWord(AnalyzedName n) {
        List<Token> ts = n.tokens();
        for (int i = 0; i < ts.size(); i++) {
            StringBuilder joined = new StringBuilder(ts.get(i).text());
            for (int k = i + 1; k < Math.min(ts.size(), i + 3); k++) {
                if (ts.get(i).group() == Token.NO_GROUP && ts.get(k).group() == Token.NO_GROUP) {
                    break;
                }
                joined.append(ts.get(k).text());
                if (VOCABULARY.contains(joined.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> texts(AnalyzedName n) {
        return n.tokens().stream().map(Token::text).toList();
    }

    private static List<String> described(AnalyzedName n) {
        return n.tokens().stream().map(t -> t.text() + ":" + t.kind()).toList();
    }

    /** ASCII as full-width forms, spaces as ideographic spaces. */
    private static String fullWidth(String ascii) {
        return ascii.chars().mapToObj(c -> c == ' ' ? "\u3000"
                : c > ' ' && c < 0x7F ? String.valueOf((char) (c - 0x21 + 0xFF01)) : String.valueOf((char) c))
                .collect(Collectors.joining());
    }

    /** A combining mark after every vowel: "Huawei" -> "Hu\u0301a\u0301we\u0301i\u0301". */
    private static String accented(String ascii) {
        return ascii.chars().mapToObj(c -> "aeiouAEIOU".indexOf(c) >= 0 ? (char) c + "\u0301" : String.valueOf((char) c))
                .collect(Collectors.joining());
    }

    /** A zero-width space after every letter. */
    private static String withInvisibles(String ascii) {
        return ascii.chars().mapToObj(c -> Character.isLetter(c) ? (char) c + "\u200B" : String.valueOf((char) c))
                .collect(Collectors.joining());
    }
}
