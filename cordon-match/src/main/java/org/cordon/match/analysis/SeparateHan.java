package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts runs of Han characters out of the words they are written in ("Huawei华为" -> "Huawei", "华为") and gives
 * each run a group number. Chinese and Japanese write a name without spaces, so a run is one unsegmented stretch
 * of name; its syllables keep the group through transliteration, which tells the scorer they were one word.
 */
final class SeparateHan implements AnalysisStage {

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        List<Term> out = new ArrayList<>(terms.size());
        for (Term term : terms) {
            String text = term.text();
            if (text.codePoints().noneMatch(SeparateHan::isHan)) {
                out.add(term);
                continue;
            }
            boolean aligned = text.length() == term.surface().length();
            int start = 0;
            boolean han = isHan(text.codePointAt(0));
            for (int i = 0; i <= text.length(); ) {
                int cp = i < text.length() ? text.codePointAt(i) : -1;
                if (cp < 0 || isHan(cp) != han) {
                    String piece = text.substring(start, i);
                    Term part = term.withText(piece).withSurface(aligned ? term.surface().substring(start, i)
                            : term.surface());
                    out.add(han ? part.withGroup(context.newGroup()) : part);
                    start = i;
                    han = !han;
                }
                i += cp < 0 ? 1 : Character.charCount(cp);
            }
        }
        return out;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
