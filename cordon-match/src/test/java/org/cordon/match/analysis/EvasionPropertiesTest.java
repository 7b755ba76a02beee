package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cordon.match.BundledList;
import org.cordon.match.Match;
import org.cordon.match.Screener;
import org.cordon.match.ScreeningQuery;
import org.cordon.model.Party;
import org.cordon.model.PartyType;

/**
 * Every name of the bundled list, disguised as names are disguised to slip past screening, still finds its party
 * first, at or above the default threshold; and what holds of the readings that undo the disguises.
 */
class EvasionPropertiesTest {

    /** Ways of writing a name that look like it, or near enough, while its letters differ. */
    enum Evasion {
        /** Stored backwards behind a right-to-left override: it displays as the name. */
        RIGHT_TO_LEFT_OVERRIDE(name -> "\u202E" + reversed(name) + "\u202C"),
        /** Every letter of a word apart, words three spaces apart. */
        SPACED_LETTERS(name -> String.join("   ", SplitOnWhitespace.split(name).stream()
                .map(EvasionPropertiesTest::spaced).toList())),
        /** Every letter with a Cyrillic or Greek look-alike written so. */
        HOMOGLYPHS(name -> replaced(name, "ABCEHIKMOPTXYaceiopxyZ", "АВСЕНІКМОРТХУасеіорхуΖ")),
        /** Full-width forms and the ideographic space. */
        FULLWIDTH(name -> name.codePoints().collect(StringBuilder::new, (sb, cp) -> sb.appendCodePoint(
                cp == ' ' ? '\u3000' : cp > ' ' && cp < 0x7F ? cp + 0xFEE0 : cp), StringBuilder::append).toString()),
        /** A zero-width space or joiner between any two characters. */
        ZERO_WIDTH(name -> between(name, "\u200B", "\u200D")),
        /** Combining accents on every letter. */
        COMBINING_MARKS(name -> name.codePoints().collect(StringBuilder::new, (sb, cp) -> {
            sb.appendCodePoint(cp);
            if (Character.isLetter(cp)) {
                sb.append(cp % 2 == 0 ? '\u0301' : '\u0308');
            }
        }, StringBuilder::append).toString());

        private final UnaryOperator<String> disguise;

        Evasion(UnaryOperator<String> disguise) {
            this.disguise = disguise;
        }

        String disguise(String name) {
            return disguise.apply(name);
        }
    }

    /** A name of a listed party. */
    record Listed(Party party, String name) {
        @Override
        public String toString() {
            return party.sourceId() + ": " + name;
        }
    }

    @Provide
    Arbitrary<Listed> listedNames() {
        List<Listed> all = new ArrayList<>();
        for (Party p : BundledList.parties()) {
            p.names().forEach(n -> all.add(new Listed(p, n.value())));
        }
        return Arbitraries.of(all);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void everyListedNameDisguisedStillFindsItsPartyFirst(@ForAll("listedNames") Listed listed,
                                                         @ForAll Evasion evasion) {
        Party party = listed.party();
        String name = listed.name();
        // A name several parties bear finds them all alike; which comes first says nothing of the disguise.
        Assume.that(findsFirst(party, name));
        String disguised = evasion.disguise(name);
        assertThat(findsFirst(party, disguised)).as("%s as %s: %s -> %s", name, evasion, disguised,
                BundledList.screener().screen(ScreeningQuery.of(disguised, party.type())).stream()
                        .map(m -> m.party().sourceId() + " " + m.score()).toList()).isTrue();
    }

    private static final NameAnalyzer ANALYZER = NameAnalyzer.standard();

    /** Characters of disguises: bidi controls, invisibles, marks, look-alikes, separators, lone surrogates. */
    private static final String EVASIVE = "aZeH i.-_/ \u00A0\u3000\uD835\uDC07\u202A\u202B\u202C\u202D\u202E\u2066\u2067"
            + "\u2068\u2069\u200E\u200F\u061C\u200B\u200D\uFEFF\u0301\u0308Ｈ\uFF0E\u00B7аоіΖ华为技术有限公司"
            + "ابنשל\uD800\uDBFF\uDC00";

    @Provide
    Arbitrary<String> evasiveText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(100),
                Arbitraries.strings().withChars(EVASIVE.toCharArray()).ofMaxLength(200));
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of("Huawei", "Technologies", "Co.,", "Ltd.", "ZTE", "Corporation", "J.", "P", "A", "B",
                "C", "Morgan", "Trading", "AL-QAIDA", "bin", "Ladin", "Group", "Gazprom", "5G", "Z.T.E", "S.A.", "de",
                "C.V.").list().ofMinSize(1).ofMaxSize(5).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 500)
    void readingsNeverFailWhateverTheText(@ForAll("evasiveText") String text, @ForAll PartyType type) {
        for (List<AnalyzedName> readings : List.of(ANALYZER.readings(text, type, null),
                ANALYZER.listedReadings(text, type))) {
            assertThat(readings).isNotEmpty();
            for (AnalyzedName r : readings) {
                assertThat(r.original()).isEqualTo(text);
                assertThat(r.warnings()).noneMatch(w -> w.startsWith("the name could not be analysed"));
                assertThat(r.tokens()).allSatisfy(t -> assertThat(t.text()).matches("[a-z0-9]+"));
            }
        }
    }

    @Property(tries = 500)
    void theDisplayedOrderHasNoControlsLeftToResolve(@ForAll("evasiveText") String text) {
        String displayed = ResolveBidiControls.displayed(text);
        Assume.that(displayed != null);
        assertThat(ResolveBidiControls.hasBidiControl(displayed)).isFalse();
        assertThat(ResolveBidiControls.displayed(displayed)).isNull();
    }

    @Property(tries = 1_000)
    void theQuickTestForLettersApartMissesNone(@ForAll("evasiveText") String text) {
        assertThat(JoinSpacedLetters.hasSpacedLetters(text)).isEqualTo(!JoinSpacedLetters.runs(text).isEmpty());
    }

    @Property(tries = 500)
    void joinedLettersHaveNoLettersApartLeft(@ForAll("evasiveText") String text) {
        String once = String.join("", TermFixtures.texts(
                TermFixtures.run(new JoinSpacedLetters(), List.of(Term.of(text, -1)))));
        assertThat(JoinSpacedLetters.hasSpacedLetters(once)).as(once).isFalse();
    }

    /** Each reading of a disguised name is a fixed point of analysis, as the name itself is. */
    @Property(tries = 500)
    void analysingTheTokenTextsOfAReadingAgainChangesNothing(@ForAll("words") String name, @ForAll Evasion evasion,
                                                            @ForAll PartyType type) {
        for (AnalyzedName r : ANALYZER.readings(evasion.disguise(name), type, null)) {
            Assume.that(r.tokens().stream().anyMatch(t -> t.text().length() >= 3 && t.kind() != TokenKind.LEGAL_FORM
                    && TermFixtures.TABLES.legalForms().get(t.text()) == null));
            List<String> texts = r.tokens().stream().map(Token::text).toList();
            assertThat(ANALYZER.analyze(String.join(" ", texts), type).tokens().stream().map(Token::text).toList())
                    .as("%s", r.transformations()).isEqualTo(texts);
        }
    }

    /** True when the party is among the best matches of the name, at or above the default threshold. */
    private static boolean findsFirst(Party party, String name) {
        List<Match> matches = BundledList.screener().screen(ScreeningQuery.of(name, party.type()));
        return !matches.isEmpty() && matches.stream().anyMatch(m -> m.party().equals(party)
                && m.score() == matches.get(0).score() && m.score() >= Screener.DEFAULT_THRESHOLD);
    }

    static String reversed(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = cps.length - 1; i >= 0; i--) {
            sb.appendCodePoint(cps[i]);
        }
        return sb.toString();
    }

    static String spaced(String word) {
        StringBuilder sb = new StringBuilder();
        int previous = -1;
        for (int cp : word.codePoints().toArray()) {
            if (previous >= 0 && Character.isLetter(previous) && Character.isLetter(cp)) {
                sb.append(' ');
            }
            sb.appendCodePoint(cp);
            previous = cp;
        }
        return sb.toString();
    }

    static String replaced(String s, String from, String to) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int k = from.indexOf(c);
            sb.append(k >= 0 ? to.charAt(k) : c);
        }
        return sb.toString();
    }

    static String between(String s, String... invisibles) {
        StringBuilder sb = new StringBuilder();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (i > 0) {
                sb.append(invisibles[i % invisibles.length]);
            }
            sb.appendCodePoint(cps[i]);
        }
        return sb.toString();
    }
}
