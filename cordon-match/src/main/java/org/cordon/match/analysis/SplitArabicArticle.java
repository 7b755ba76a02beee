package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Arabic article "ال" (al-) as a word of its own: Arabic joins it to its noun ("القاعدة"), Latin
 * spellings both join and separate it ("ALQAIDA", "AL QAIDA"). Separated, it becomes the token "al", which the
 * scorer can join again. "الله" (Allah) is a word of its own, not an article and a noun.
 */
final class SplitArabicArticle implements AnalysisStage {

    private static final String ARTICLE = "\u0627\u0644";
    private static final String ALLAH = "\u0627\u0644\u0644\u0647";

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        List<Term> out = new ArrayList<>(terms.size());
        for (Term term : terms) {
            String text = term.text();
            if (text.startsWith(ARTICLE) && text.length() >= ARTICLE.length() + 2 && !text.equals(ALLAH)
                    && Character.isLetter(text.charAt(2)) && isArabic(text)) {
                boolean aligned = text.length() == term.surface().length();
                out.add(term.withText(ARTICLE).withSurface(aligned ? term.surface().substring(0, 2) : term.surface()));
                out.add(term.withText(text.substring(2)).withSurface(aligned ? term.surface().substring(2)
                        : term.surface()));
            } else {
                out.add(term);
            }
        }
        return out;
    }

    private static boolean isArabic(String text) {
        return text.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }
}
