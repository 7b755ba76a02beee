package org.cordon.match.analysis;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes words of other scripts in Latin letters with ICU4J: Han as pinyin, one token a syllable
 * ({@link HanPinyin}); Cyrillic by the BGN/PCGN romanisation that the US and UK lists use ("Щербаков" ->
 * "Shcherbakov", not ISO 9's "Ščerbakov"); Greek, Arabic, Hebrew, Hangul, kana and the rest by ICU's Any-Latin;
 * then to ASCII. Legal forms and organisation words already read from Han keep their canonical text and get the
 * pinyin as their readable Latin form.
 *
 * <p>Only words with letters outside Latin reach ICU: the first use of a transform costs a few hundred
 * milliseconds and each call takes a lock (see {@link HanPinyin}), so Latin names never pay for it. The
 * transforms are made on first use and shared: ICU transliterators are safe to call from several threads.
 *
 * <p>Arabic: a word-final tā' marbūṭa is read in its pausal form, "a" ("أسامة" -> asama, not asamt), as names
 * are romanised; a word-initial ʿayn, which always carries a vowel, is read "a" ("عبد" -> abd, "علي" -> aly, where
 * ICU writes "ʿbd", "ʿly" and the mark alone would be dropped); other vowels Arabic does not write stay unwritten
 * ("لادن" -> ladn).
 */
final class Transliterate implements AnalysisStage {

    private static final char TA_MARBUTA = '\u0629';
    private static final char ALEF = '\u0627';
    private static final char AYIN = '\u0639';
    private static final char AYIN_MARK = '\u02BF';

    /** Made on first use, so that analysing Latin names never loads ICU's transforms. */
    private static final class Icu {
        static final Transliterator OTHER = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");
        static final HanPinyin HAN = new HanPinyin();
    }

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        List<Term> out = new ArrayList<>(terms.size() + 4);
        for (Term term : terms) {
            if (term.fromHan() && term.kind() == TokenKind.WORD) {
                addSyllables(term, out, context);
            } else if (term.kind() != TokenKind.WORD && term.latin() == null
                    && term.surface().codePoints().anyMatch(SeparateHan::isHan)) {
                out.add(term.withLatin(String.join(" ", Icu.HAN.syllables(hanOnly(term.surface())))));
            } else if (needsTransliteration(term.text())) {
                String latin = Icu.OTHER.transliterate(pausalTaMarbuta(term.text()));
                context.record(Transformation.TRANSLITERATED);
                for (String piece : SplitOnWhitespace.split(latin)) {
                    String read = piece.charAt(0) == AYIN_MARK && term.text().indexOf(AYIN) >= 0
                            ? "a" + piece.substring(1) : piece;
                    out.add(term.withText(read).with(Transformation.TRANSLITERATED));
                }
            } else {
                out.add(term);
            }
        }
        return out;
    }

    private static void addSyllables(Term term, List<Term> out, AnalysisContext context) {
        String run = term.text();
        List<String> syllables = Icu.HAN.syllables(run);
        int characters = run.codePointCount(0, run.length());
        boolean onePerCharacter = syllables.size() == characters && term.surface().equals(run);
        context.record(Transformation.TRANSLITERATED);
        for (int i = 0, offset = 0; i < syllables.size(); i++) {
            String surface = term.surface();
            if (onePerCharacter) {
                int end = run.offsetByCodePoints(offset, 1);
                surface = run.substring(offset, end);
                offset = end;
            }
            out.add(term.withText(syllables.get(i)).withSurface(surface).with(Transformation.TRANSLITERATED));
        }
    }

    /** The pinyin syllables of a run of Han characters ({@link HanPinyin}). */
    static List<String> pinyin(String run) {
        return Icu.HAN.syllables(run);
    }

    /** True when the text has a letter or digit of a script other than Latin. */
    static boolean needsTransliteration(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x250 || !Character.isLetterOrDigit(cp)) {
                continue; // ASCII and Latin with accents: the fast path
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                    && script != Character.UnicodeScript.INHERITED) {
                return true;
            }
        }
        return false;
    }

    private static String hanOnly(String text) {
        StringBuilder han = new StringBuilder(text.length());
        text.codePoints().filter(SeparateHan::isHan).forEach(han::appendCodePoint);
        return han.toString();
    }

    static String pausalTaMarbuta(String word) {
        int last = word.length() - 1;
        while (last >= 0 && !Character.isLetter(word.charAt(last))) {
            last--;
        }
        if (last > 0 && word.charAt(last) == TA_MARBUTA) {
            return word.substring(0, last) + ALEF + word.substring(last + 1);
        }
        return word;
    }
}
