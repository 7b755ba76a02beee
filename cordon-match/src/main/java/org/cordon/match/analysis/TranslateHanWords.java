package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.List;
import org.cordon.model.PartyType;

/**
 * Reads the Chinese words of a run of Han characters as their English rendering ("中国移动" -> china, mobile),
 * from {@link HanTranslations}, left to right, longest word first; characters no word covers stay Han, to be read
 * as pinyin. Only in the second, translated reading of a name ({@link NameAnalyzer#readings}): a brand written
 * in Han ("华为") must still meet its pinyin. Persons are left alone.
 */
final class TranslateHanWords implements AnalysisStage {

    private final HanTranslations table;

    TranslateHanWords(HanTranslations table) {
        this.table = table;
    }

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        if (context.type() == PartyType.PERSON) {
            return terms;
        }
        List<Term> out = new ArrayList<>(terms.size() + 4);
        for (Term term : terms) {
            if (term.fromHan() && term.kind() == TokenKind.WORD) {
                translate(term, out, context);
            } else {
                out.add(term);
            }
        }
        return out;
    }

    private void translate(Term term, List<Term> out, AnalysisContext context) {
        String run = term.text();
        boolean aligned = run.length() == term.surface().length();
        int untranslated = 0;
        for (int i = 0; i < run.length(); ) {
            String word = table.wordAt(run, i);
            if (word == null) {
                i += Character.charCount(run.codePointAt(i));
                continue;
            }
            if (untranslated < i) {
                out.add(piece(term, untranslated, i, aligned).withGroup(context.newGroup()));
            }
            for (String english : table.english(word)) {
                out.add(piece(term, i, i + word.length(), aligned).withText(english).withGroup(Token.NO_GROUP)
                        .with(Transformation.TRANSLATED));
            }
            context.record(Transformation.TRANSLATED);
            i += word.length();
            untranslated = i;
        }
        if (untranslated == 0) {
            out.add(term);
        } else if (untranslated < run.length()) {
            out.add(piece(term, untranslated, run.length(), aligned).withGroup(context.newGroup()));
        }
    }

    private static Term piece(Term term, int from, int to, boolean aligned) {
        return term.withText(term.text().substring(from, to))
                .withSurface(aligned ? term.surface().substring(from, to) : term.surface());
    }
}
