package org.cordon.match.analysis;

import com.ibm.icu.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a name in the order it displays in when it holds bidirectional controls (embeddings, overrides, isolates,
 * marks: U+202A-202E, U+2066-2069, U+200E, U+200F, U+061C). "\u202EiewauH\u202C" is stored backwards but shows
 * "Huawei": stripping the controls, as {@link StripInvisible} does, would screen "iewauH".
 *
 * <p>ICU's {@link Bidi} lays the name out as the controls ask (the visual order, left to right), and the glyphs
 * are then read as a person reads them: as a plain paragraph without controls, through ICU's inverse reordering,
 * so that Arabic or Hebrew shown right to left reads back in its own order. A name whose controls change nothing
 * of what a reader sees (an Arabic name with a right-to-left mark) reads as stored, and this stage leaves it.
 *
 * <p>Only in the name's displayed reading ({@link NameAnalyzer#readings}): the name as stored is screened too, and
 * the better match wins. Works on the whole name, before it is split into words, as controls reorder words too.
 */
final class ResolveBidiControls implements AnalysisStage {

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        List<Term> out = new ArrayList<>(terms.size());
        for (Term term : terms) {
            String displayed = displayed(term.text());
            if (displayed == null) {
                out.add(term);
                continue;
            }
            context.record(Transformation.BIDI_REORDERED);
            context.warn("bidirectional controls reorder the name: it displays as \"" + displayed.strip() + "\"");
            out.add(term.withText(displayed).withSurface(displayed).with(Transformation.BIDI_REORDERED));
        }
        return out;
    }

    /** True for the characters that direct bidirectional layout. */
    static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }

    static boolean hasBidiControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isBidiControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name as a reader of its display reads it, without controls; null when it has no control or reads as
     * stored.
     */
    static String displayed(String text) {
        if (!hasBidiControl(text)) {
            return null;
        }
        String visual = new Bidi(text, Bidi.LEVEL_DEFAULT_LTR).writeReordered(Bidi.REMOVE_BIDI_CONTROLS);
        Bidi plain = new Bidi();
        plain.setReorderingMode(Bidi.REORDER_INVERSE_LIKE_DIRECT);
        plain.setPara(visual, Bidi.LEVEL_DEFAULT_LTR, null);
        String read = withoutControls(plain.writeReordered(Bidi.REMOVE_BIDI_CONTROLS));
        return read.equals(withoutControls(text)) ? null : read;
    }

    private static String withoutControls(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isBidiControl(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
