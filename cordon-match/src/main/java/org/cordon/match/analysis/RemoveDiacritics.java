package org.cordon.match.analysis;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes Latin letters without their marks: "Société Générale" -> "Societe Generale". Decomposing (NFD) and
 * dropping the marks handles the accented letters of most names quickly; the few letters that do not decompose
 * ("ß", "ø", "ł", "æ", "đ") go through ICU's Latin-ASCII, made on first use. Words already transliterated are
 * ASCII or left alone.
 */
final class RemoveDiacritics implements AnalysisStage {

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private static final class Icu {
        static final Transliterator LATIN_ASCII = Transliterator.getInstance("Latin-ASCII");
    }

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        List<Term> out = new ArrayList<>(terms.size());
        for (Term term : terms) {
            String text = term.text();
            if (isAscii(text) || term.transformations().contains(Transformation.TRANSLITERATED)) {
                out.add(term);
                continue;
            }
            String plain = plain(text);
            if (plain.equals(text)) {
                out.add(term);
            } else {
                context.record(Transformation.DIACRITICS_REMOVED);
                out.add(term.withText(plain).with(Transformation.DIACRITICS_REMOVED));
            }
        }
        return out;
    }

    static String plain(String text) {
        String decomposed = NFD.normalize(text);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean latinLeft = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (cp >= 0x80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                latinLeft = true;
            }
            out.appendCodePoint(cp);
        }
        return latinLeft ? Icu.LATIN_ASCII.transliterate(out.toString()) : out.toString();
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
