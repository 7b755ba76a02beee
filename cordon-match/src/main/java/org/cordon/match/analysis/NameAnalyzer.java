package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cordon.model.PartyType;

/**
 * Turns names into comparable tokens. Thread-safe; build one with {@link #standard()} and share it.
 *
 * <pre>{@code
 * AnalyzedName n = NameAnalyzer.standard().analyze("华为技术有限公司", PartyType.ORGANIZATION);
 * // tokens: hua wei technology ltd   (ltd: LEGAL_FORM, technology: ORG_WORD; hua and wei: one group)
 * }</pre>
 *
 * <p>The chain, in order (each stage is a class of this package and says why it does what it does):
 * <ol>
 *   <li>{@link BoundLength}: cut at 1,000 characters;</li>
 *   <li>only in the readings of their own ({@link #readings}): {@link ResolveBidiControls}, the order the name
 *       displays in; {@link JoinSpacedLetters}, "H u a w e i" -> "Huawei";</li>
 *   <li>{@link SplitOnWhitespace}: the words of the name;</li>
 *   <li>{@link StripInvisible}: zero-width, bidirectional and control characters;</li>
 *   <li>{@link NormaliseCompatibility}: NFKC;</li>
 *   <li>{@link FoldConfusables}: Cyrillic or Greek look-alikes in a Latin name;</li>
 *   <li>{@link SeparateHan}: runs of Han characters, each a group;</li>
 *   <li>{@link CanonicaliseHanWords}: legal forms and organisation words written in Han, before pinyin; only in
 *       the readings of their own, {@link TranslateHanWords} (English renderings) or {@link SpellHanOrgWords}
 *       (the organisation words in pinyin, for listed names);</li>
 *   <li>{@link SplitArabicArticle}: "ال" as a word of its own;</li>
 *   <li>{@link Transliterate}: other scripts to Latin (ICU4J);</li>
 *   <li>{@link RemoveDiacritics}: accents;</li>
 *   <li>{@link RecordLatinForm}: notes the readable Latin form;</li>
 *   <li>{@link SplitPunctuation}: hyphens, dots, apostrophes, "&amp;", commas;</li>
 *   <li>{@link LowerCase};</li>
 *   <li>{@link KeepTokenAlphabet}: only ASCII letters and digits;</li>
 *   <li>{@link JoinSplitFormWords}, {@link SplitGluedFormWords}, {@link CorrectFormWordTypos}: legal-form and
 *       organisation words broken, glued or misspelt, mended (the last two partly only for queries, with a
 *       {@link Lexicon});</li>
 *   <li>{@link CanonicaliseOrgWords}, then {@link CanonicaliseLegalForms};</li>
 *   <li>{@link ReorderPersonName}: "SURNAME, Given"; then the two tables again, as the new order can
 *       make a phrase;</li>
 *   <li>{@link MarkParticles}, {@link MarkInitials}, {@link MarkNumbers}.</li>
 * </ol>
 */
public final class NameAnalyzer {

    private static final class Standard {
        static final NameAnalyzer INSTANCE = new NameAnalyzer(NameTables.bundled());
    }

    /** A reading of a name besides the name as written: each adds stages to the chain. */
    private static final int DISPLAYED = 1;
    private static final int LETTERS_JOINED = 2;
    private static final int TRANSLATED = 4;
    private static final int PINYIN = 8;
    private static final int LOOK_ALIKES = 16;
    private static final int CANTONESE = 32;
    private static final int RUNS_SPLIT = 64;

    private final List<AnalysisStage> chain;
    /** The chain of each combination of readings, by its flags. */
    private final List<List<AnalysisStage>> readingChains;
    private final Set<String> formWords;

    private final Confusables confusables;

    NameAnalyzer(NameTables tables) {
        this.confusables = tables.confusables();
        Set<String> words = new java.util.TreeSet<>();
        for (PhraseTable table : List.of(tables.orgWords(), tables.legalForms())) {
            for (String key : table.entries().keySet()) {
                for (String w : key.split(" ")) {
                    if (w.length() >= 2) {
                        words.add(w);
                    }
                }
                words.add(table.entries().get(key).canonical());
            }
        }
        this.formWords = Set.copyOf(words);
        FormVocabulary vocabulary = FormVocabulary.of(List.of(tables.orgWords(), tables.legalForms()));
        this.chain = List.of(
                new BoundLength(),
                new SplitOnWhitespace(),
                new StripInvisible(),
                new NormaliseCompatibility(),
                new FoldConfusables(tables.confusables()),
                new SeparateHan(),
                new CanonicaliseHanWords(tables.hanWords()),
                new SplitArabicArticle(),
                new Transliterate(),
                new RemoveDiacritics(),
                new RecordLatinForm(),
                new SplitPunctuation(),
                new LowerCase(),
                new KeepTokenAlphabet(),
                new JoinSplitFormWords(vocabulary),
                new SplitGluedFormWords(vocabulary),
                new CorrectFormWordTypos(vocabulary),
                new CanonicaliseOrgWords(tables.orgWords()),
                new CanonicaliseLegalForms(tables.legalForms()),
                new ReorderPersonName(),
                // Reordering can bring the words of a phrase together; the tables are fixed points otherwise.
                new CanonicaliseOrgWords(tables.orgWords()),
                new CanonicaliseLegalForms(tables.legalForms()),
                new MarkParticles(tables.particles()),
                new MarkInitials(),
                new MarkNumbers());
        List<List<AnalysisStage>> chains = new ArrayList<>();
        for (int flags = 0; flags <= (DISPLAYED | LETTERS_JOINED | TRANSLATED | PINYIN | LOOK_ALIKES | CANTONESE
                | RUNS_SPLIT);
             flags++) {
            chains.add(readingChain(chain, flags, tables));
        }
        this.readingChains = List.copyOf(chains);
    }

    /** The chain with the stages of the readings {@code flags} names. */
    private static List<AnalysisStage> readingChain(List<AnalysisStage> chain, int flags, NameTables tables) {
        List<AnalysisStage> stages = new ArrayList<>(chain.size() + 3);
        for (AnalysisStage stage : chain) {
            stages.add(stage instanceof FoldConfusables && (flags & LOOK_ALIKES) != 0
                    ? new FoldConfusables(tables.confusables(), true) : stage);
            if (stage instanceof BoundLength) {
                if ((flags & DISPLAYED) != 0) {
                    stages.add(new ResolveBidiControls());
                }
                if ((flags & LETTERS_JOINED) != 0) {
                    stages.add(new JoinSpacedLetters());
                }
                if ((flags & RUNS_SPLIT) != 0) {
                    stages.add(new SplitCapitalisedRuns());
                }
            } else if (stage instanceof CanonicaliseHanWords) {
                if ((flags & TRANSLATED) != 0) {
                    stages.add(new TranslateHanWords(tables.hanTranslations()));
                } else if ((flags & PINYIN) != 0) {
                    stages.add(new SpellHanOrgWords());
                } else if ((flags & CANTONESE) != 0) {
                    stages.add(new TranslateHanWords(tables.hanCantonese(), Transformation.CANTONESE_READ));
                }
            }
        }
        return List.copyOf(stages);
    }

    /**
     * The words of the legal-form and organisation-word tables and their canonical tokens ("obshchestvo",
     * "company", "limited", "pte", "ltd"). A query word that no list has but that is one typo from one of these is
     * most likely a misspelt legal form, and a word that is a listed word with one of these glued on
     * ("companysinarapromtrans", "mgipte") most likely a legal form written together with the name.
     */
    public Set<String> formWords() {
        return formWords;
    }

    /** The standard chain with the bundled tables; one shared instance. */
    public static NameAnalyzer standard() {
        return Standard.INSTANCE;
    }

    /**
     * Analyses one name. Never throws for any input text (empty, huge, control characters): such input yields
     * an {@link AnalyzedName#isEmpty() empty} result or a bounded one (names are cut at 1,000 characters).
     *
     * @param type the kind of party the name belongs to, or {@code UNKNOWN}; persons get "SURNAME, Given"
     *             reordering and particles, organisations legal forms
     */
    public AnalyzedName analyze(String name, PartyType type) {
        return analyze(name, type, null);
    }

    /**
     * Analyses a query screened against lists whose words the lexicon knows: a word no list has may then be read
     * as a misspelt legal form or as one glued to a listed word. {@code lexicon} null is {@link #analyze(String,
     * PartyType)}.
     */
    public AnalyzedName analyze(String name, PartyType type, Lexicon lexicon) {
        return analyze(chain, name, type, lexicon);
    }

    /**
     * The readings of a name to compare, each screened and the best match kept: the name as
     * {@link #analyze(String, PartyType, Lexicon) analysed} and, where they read differently:
     * <ul>
     *   <li>when it holds bidirectional controls, the name in the order it displays in ({@link ResolveBidiControls}:
     *       "\u202EiewauH\u202C" shows "Huawei");</li>
     *   <li>when it has three or more single letters written apart, the name with them joined
     *       ({@link JoinSpacedLetters}: "H u a w e i"), and both when it has both;</li>
     *   <li>when it is written wholly in Cyrillic, Greek or Armenian letters that pass for Latin ones ("СТА"), the
     *       name folded to the Latin letters they imitate ({@link FoldConfusables}), beside its transliteration;</li>
     *   <li>when it has words run together at capitals ("HuaweiJishuYouxianGongsi"), the name with them split
     *       ({@link SplitCapitalisedRuns});</li>
     *   <li>when it is not a person's and has Chinese words with an English rendering ("中国移动"), each of these
     *       with those words translated (china, mobile), so that it meets its English name as well as its pinyin.</li>
     * </ul>
     */
    public List<AnalyzedName> readings(String name, PartyType type, Lexicon lexicon) {
        return readings(name, type, lexicon, false);
    }

    /**
     * The readings of a listed name to index: its {@link #readings(String, PartyType, Lexicon) readings} and, for
     * a name of an organisation with Chinese organisation words, also the name with those words spelt in pinyin
     * ({@link SpellHanOrgWords}: 华为技术有限公司 -> hua wei ji shu ltd), which romanised Chinese meets word for word,
     * and, where it has words of {@code han-cantonese.tsv}, with them read in Cantonese (华为 -> wah wai).
     */
    public List<AnalyzedName> listedReadings(String name, PartyType type) {
        return readings(name, type, null, true);
    }

    private List<AnalyzedName> readings(String name, PartyType type, Lexicon lexicon, boolean listed) {
        AnalyzedName analyzed = analyze(chain, name, type, lexicon);
        if (name == null || name.isEmpty()) {
            return List.of(analyzed);
        }
        boolean bidi = ResolveBidiControls.hasBidiControl(name);
        boolean spaced = JoinSpacedLetters.hasSpacedLetters(name);
        boolean han = type != PartyType.PERSON && name.codePoints().anyMatch(SeparateHan::isHan);
        boolean lookAlikes = analyzed.transformations().contains(Transformation.TRANSLITERATED)
                && FoldConfusables.whollyLookAlike(name, confusables);
        // Query names only: listed names written with inner capitals ("HiSilicon") meet themselves whole.
        boolean runTogether = !listed && SplitCapitalisedRuns.hasRunTogetherWords(name);
        if (!bidi && !spaced && !han && !lookAlikes && !runTogether) {
            return List.of(analyzed);
        }
        List<AnalyzedName> out = new ArrayList<>(4);
        List<Integer> kept = new ArrayList<>(4);
        out.add(analyzed);
        kept.add(0);
        if (bidi) {
            addReading(out, kept, DISPLAYED, name, type, lexicon);
        }
        if (spaced) {
            addReading(out, kept, LETTERS_JOINED, name, type, lexicon);
            if (bidi && kept.contains(DISPLAYED)) {
                addReading(out, kept, DISPLAYED | LETTERS_JOINED, name, type, lexicon);
            }
        }
        if (lookAlikes) {
            addReading(out, kept, LOOK_ALIKES, name, type, lexicon);
        }
        if (runTogether) {
            addReading(out, kept, RUNS_SPLIT, name, type, lexicon);
        }
        if (han) {
            for (int base : List.copyOf(kept)) {
                addReading(out, kept, base | TRANSLATED, name, type, lexicon);
                if (listed) {
                    addReading(out, kept, base | PINYIN, name, type, lexicon);
                    addReading(out, kept, base | CANTONESE, name, type, lexicon);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Adds the reading {@code flags} when it did what it is for and reads differently from those kept. */
    private void addReading(List<AnalyzedName> out, List<Integer> kept, int flags, String name, PartyType type,
                            Lexicon lexicon) {
        AnalyzedName reading = analyze(readingChains.get(flags), name, type, lexicon);
        if (reading.isEmpty()
                || ((flags & DISPLAYED) != 0 && !reading.transformations().contains(Transformation.BIDI_REORDERED))
                || ((flags & LETTERS_JOINED) != 0
                    && !reading.transformations().contains(Transformation.SPACED_LETTERS_JOINED))
                || ((flags & TRANSLATED) != 0 && !reading.transformations().contains(Transformation.TRANSLATED))
                || ((flags & CANTONESE) != 0 && !reading.transformations().contains(Transformation.CANTONESE_READ))
                || ((flags & LOOK_ALIKES) != 0
                    && !reading.transformations().contains(Transformation.CONFUSABLE_FOLDED))
                || ((flags & RUNS_SPLIT) != 0
                    && !reading.transformations().contains(Transformation.RUN_TOGETHER_SPLIT))) {
            return;
        }
        for (AnalyzedName other : out) {
            if (sameTokens(other, reading)) {
                return;
            }
        }
        out.add(reading);
        kept.add(flags);
    }

    private static boolean sameTokens(AnalyzedName a, AnalyzedName b) {
        if (a.tokens().size() != b.tokens().size()) {
            return false;
        }
        for (int i = 0; i < a.tokens().size(); i++) {
            Token x = a.tokens().get(i);
            Token y = b.tokens().get(i);
            if (!x.text().equals(y.text()) || x.kind() != y.kind()) {
                return false;
            }
        }
        return true;
    }

    private AnalyzedName analyze(List<AnalysisStage> stages, String name, PartyType type, Lexicon lexicon) {
        String original = name == null ? "" : name;
        AnalysisContext context = new AnalysisContext(type, lexicon);
        List<Term> terms = List.of(Term.of(original, -1));
        try {
            for (AnalysisStage stage : stages) {
                terms = stage.apply(terms, context);
            }
        } catch (RuntimeException e) {
            // The contract is to never throw; a name the chain cannot read must still reach a reviewer.
            context.warn("the name could not be analysed: " + e);
            return new AnalyzedName(original, "", List.of(), Set.of(), context.warnings());
        }
        List<Token> tokens = new ArrayList<>(terms.size());
        Set<Transformation> all = EnumSet.noneOf(Transformation.class);
        all.addAll(context.transformations());
        for (Term t : terms) {
            if (KeepTokenAlphabet.isTokenText(t.text())) {
                tokens.add(new Token(t.text(), t.surface(), t.kind(), t.transformations(), t.group()));
                all.addAll(t.transformations());
            }
        }
        return new AnalyzedName(original, context.latin(), tokens, all, context.warnings());
    }
}
