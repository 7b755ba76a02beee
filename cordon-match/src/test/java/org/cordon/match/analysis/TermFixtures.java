package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.List;
import org.cordon.model.PartyType;

/** Builds terms and runs single stages for the stage tests. */
final class TermFixtures {

    static final NameTables TABLES = NameTables.bundled();

    private TermFixtures() {}

    /** One term per word, as {@link SplitOnWhitespace} would make them. */
    static List<Term> words(String... words) {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            terms.add(Term.of(words[i], i));
        }
        return terms;
    }

    static List<Term> run(AnalysisStage stage, List<Term> terms) {
        return stage.apply(terms, new AnalysisContext(PartyType.UNKNOWN));
    }

    static List<Term> run(AnalysisStage stage, PartyType type, List<Term> terms) {
        return stage.apply(terms, new AnalysisContext(type));
    }

    static List<String> texts(List<Term> terms) {
        return terms.stream().map(Term::text).toList();
    }

    /**
     * Runs the chain up to Latin tokens, as the phrase tables expect their input, then the stages given, all with
     * one context (it holds the original words that surfaces are made of).
     */
    static List<Term> latinTokens(PartyType type, String name, AnalysisStage... then) {
        AnalysisContext context = new AnalysisContext(type);
        List<Term> terms = List.of(Term.of(name, -1));
        List<AnalysisStage> stages = new ArrayList<>(List.of(new SplitOnWhitespace(), new StripInvisible(),
                new NormaliseCompatibility(), new SeparateHan(), new CanonicaliseHanWords(TABLES.hanWords()),
                new SplitArabicArticle(), new Transliterate(), new RemoveDiacritics(), new SplitPunctuation(),
                new LowerCase(), new KeepTokenAlphabet()));
        stages.addAll(List.of(then));
        for (AnalysisStage stage : stages) {
            terms = stage.apply(terms, context);
        }
        return terms;
    }
}
