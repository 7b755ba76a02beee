package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.List;
import org.cordon.model.PartyType;

/**
 * Reads the Chinese words of a run of Han characters as their English rendering ("中国移动" -> china, mobile),
 * from {@link HanTranslations}, left to right, longest word first; characters no word covers stay Han, to be read
 * as pinyin. Only in the second, translated reading of a name ({@link NameAnalyzer#readings}): a brand written
 * in Han ("华为") must still meet its pinyin. Persons are left alone. With the Cantonese table, the same makes the
 * Cantonese reading of listed names ("华为" -> wah wai; {@link NameAnalyzer#listedReadings}).
 */
final class TranslateHanWords implements AnalysisStage {

    private final HanTranslations table;
    private final Transformation transformation;

    TranslateHanWords(HanTranslations table) {
        this(table, Transformation.TRANSLATED);
    }

    /**
     * @param transformation what reading a word by the table is called: {@link Transformation#TRANSLATED}, or
     *                       {@link Transformation#CANTONESE_READ} with the Cantonese table
     */
    TranslateHanWords(HanTranslations table, Transformation transformation) {
        this.table = table;
        this.transformation = transformation;
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
                        .with(transformation));
            }
            context.record(transformation);
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
