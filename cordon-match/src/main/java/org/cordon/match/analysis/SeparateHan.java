package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts runs of Han characters out of the words they are written in ("Huawei华为" -> "Huawei", "华为") and gives
 * each run a group number. Chinese and Japanese write a name without spaces, so a run is one unsegmented stretch
 * of name; its syllables keep the group through transliteration, which tells the scorer they were one word.
 * Combining marks set on Han characters ("华\u0301为") are dropped first: Chinese writes none, and they would
 * cut the run.
 */
final class SeparateHan implements AnalysisStage {

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        List<Term> out = new ArrayList<>(terms.size());
        for (Term in : terms) {
            String text = in.text();
            if (text.codePoints().noneMatch(SeparateHan::isHan)) {
                out.add(in);
                continue;
            }
            Term term = in;
            String unmarked = withoutMarksOnHan(text);
            if (unmarked.length() != text.length()) {
                context.record(Transformation.DIACRITICS_REMOVED);
                term = term.withText(unmarked).with(Transformation.DIACRITICS_REMOVED);
                text = unmarked;
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

    /** The text without the combining marks set on Han characters, which Chinese never writes. */
    static String withoutMarksOnHan(String text) {
        StringBuilder sb = null;
        boolean afterHan = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            boolean mark = isMark(cp);
            if (mark && afterHan) {
                if (sb == null) {
                    sb = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else {
                if (sb != null) {
                    sb.appendCodePoint(cp);
                }
                afterHan = mark ? afterHan : isHan(cp);
            }
            i += width;
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
