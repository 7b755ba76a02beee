package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits words run together with a capital at each start ("HuaweiJishuYouxianGongsi" -> "Huawei Jishu Youxian
 * Gongsi"): romanised names are often written so, and run together no word of them meets a listed word. A break
 * goes before a capital that follows a lower-case letter, where both sides keep two letters or more ("iPhone",
 * "McDonald" keep their first letters together only in the plain reading).
 *
 * <p>Only in the name's split reading ({@link NameAnalyzer#readings}): the name as written is screened too, and the
 * better match wins, so that names written with inner capitals on the lists ("HiSilicon", "PetroChina") still meet
 * themselves whole. Works on the whole name, before it is split into words.
 */
final class SplitCapitalisedRuns implements AnalysisStage {

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        List<Term> out = new ArrayList<>(terms.size());
        for (Term term : terms) {
            String split = split(term.text());
            if (split.equals(term.text())) {
                out.add(term);
            } else {
                out.add(term.withText(split).with(Transformation.RUN_TOGETHER_SPLIT));
                context.record(Transformation.RUN_TOGETHER_SPLIT);
            }
        }
        return out;
    }

    /** True when the name has a word run together with another at a capital. */
    static boolean hasRunTogetherWords(String name) {
        return !split(name).equals(name);
    }

    static String split(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        int wordStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || !Character.isLetter(c)) {
                wordStart = i + 1;
            } else if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1))
                    && i - wordStart >= 2 && lowerFollows(text, i)) {
                b.append(' ');
                wordStart = i;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** The capital starts a word of two letters or more: "Gongsi", not the "S" of "HuaweiS". */
    private static boolean lowerFollows(String text, int i) {
        return i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
    }
}
