package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins runs of {@value #MIN_LETTERS} or more single letters written apart into one word: "H u a w e i",
 * "H-u-a-w-e-i", "Z. T. E." -> "Huawei", "ZTE". Letters written apart keep a name's look while no word of it meets
 * a listed word. The letters of a run are parted by the same separator each time (a space, a dot, a hyphen, an
 * underscore, a slash, a middle dot, or a short mix of these, as "Z. T. E."); a different separator ends the run,
 * so "H u a w e i  T e c h" (two spaces between the words) gives two words, "Huawei Tech".
 *
 * <p>Only in the name's joined reading ({@link NameAnalyzer#readings}): the name as written is screened too, and
 * the better match wins, so that initials ("J R R Tolkien", "A B C Trading") keep meeting listed initials. Runs of
 * two letters ("J P Morgan") are joined only in a name that also has a longer run ("H u a w e i   C o.,   L t d."). Works on the whole name, before it is split into words; marks and
 * invisible characters inside a letter ("H\u0301 u a") stay with it, for later stages to read.
 */
final class JoinSpacedLetters implements AnalysisStage {

    static final int MIN_LETTERS = 3;
    /** A separator between two letters is at most this many characters ("Z. T. E." has two). */
    static final int MAX_SEPARATOR = 3;

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        List<Term> out = new ArrayList<>(terms.size() + 2);
        for (Term term : terms) {
            String text = term.text();
            List<int[]> runs = runs(text);
            if (runs.isEmpty()) {
                out.add(term);
                continue;
            }
            int done = 0;
            for (int[] run : runs) {
                if (done < run[0]) {
                    String before = text.substring(done, run[0]);
                    out.add(term.withText(before).withSurface(before));
                }
                String spaced = text.substring(run[0], run[1]);
                out.add(term.withText(letters(text, run)).withSurface(spaced)
                        .with(Transformation.SPACED_LETTERS_JOINED));
                done = run[1];
            }
            if (done < text.length()) {
                String after = text.substring(done);
                out.add(term.withText(after).withSurface(after));
            }
            context.record(Transformation.SPACED_LETTERS_JOINED);
        }
        return out;
    }

    /** True when the text has a run of single letters written apart. */
    static boolean hasSpacedLetters(String text) {
        return fewerThanThreeLoneLetters(text) ? false : !runs(text).isEmpty();
    }

    /**
     * True when the text has fewer than {@value #MIN_LETTERS} letters with no letter or digit beside them: then it
     * has no run. The quick test every name takes; only names that fail it are read whole.
     */
    private static boolean fewerThanThreeLoneLetters(String text) {
        int lone = 0;
        int previous = -1;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) && (previous < 0 || !Character.isLetterOrDigit(previous))
                    && (i == n || !Character.isLetterOrDigit(text.codePointAt(i))) && ++lone >= MIN_LETTERS) {
                return false;
            }
            previous = cp;
        }
        return true;
    }

    /** The letters of a run, with the marks and invisible characters each carries, without separators. */
    private static String letters(String text, int[] run) {
        StringBuilder sb = new StringBuilder(run[1] - run[0]);
        for (int i = run[0]; i < run[1]; ) {
            int cp = text.codePointAt(i);
            if (kind(cp) == WORD) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static final int WORD = 0;
    private static final int SPACE = 1;
    private static final int OTHER = 2;

    private static int kind(int cp) {
        if (SplitOnWhitespace.isSpace(cp)) {
            return SPACE;
        }
        if (Character.isLetterOrDigit(cp) || StripInvisible.isInvisible(cp)) {
            return WORD;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK ? WORD : OTHER;
    }

    /** The separator character a character stands for, or 0 when it does not part spaced letters. */
    private static char separator(int cp) {
        if (SplitOnWhitespace.isSpace(cp)) {
            return ' ';
        }
        if (Character.getType(cp) == Character.DASH_PUNCTUATION || cp == '\u2212') {
            return '-';
        }
        return switch (cp) {
            case '.', '\uFF0E', '\u00B7', '\u2027', '\u2022', '\u30FB', '\uFF65' -> '.';
            case '_', '\uFF3F' -> '_';
            case '/', '\uFF0F' -> '/';
            default -> 0;
        };
    }

    /**
     * The runs of single letters written apart, as [start, end) of the text from the first letter to the last
     * (with its marks); empty when there is none of {@value #MIN_LETTERS} letters or more. In a name that has one,
     * two letters apart are a word too ("C o.,   L t d.").
     */
    static List<int[]> runs(String text) {
        List<int[]> runs = new ArrayList<>(0);
        int longest = 0;
        int runStart = -1;
        int runEnd = -1;
        int count = 0;
        String runSeparator = null;
        int n = text.length();
        for (int i = 0; i < n; ) {
            // A word: a maximal stretch of letters, digits, marks and invisible characters (maybe empty).
            int start = i;
            int letters = 0;
            boolean digits = false;
            for (int cp; i < n && kind(cp = text.codePointAt(i)) == WORD; i += Character.charCount(cp)) {
                if (Character.isLetter(cp)) {
                    letters++;
                } else if (Character.isDigit(cp)) {
                    digits = true;
                }
            }
            int end = i;
            // Then what parts it from the next word.
            int from = i;
            for (int cp; i < n && kind(cp = text.codePointAt(i)) != WORD; i += Character.charCount(cp)) {
                // skip
            }
            String separator = i < n ? normalisedSeparator(text, from, i) : null;
            if (end > start && letters == 1 && !digits && (count > 0 || startsApart(text, start))) {
                if (count == 0) {
                    runStart = start;
                    runSeparator = separator;
                }
                count++;
                runEnd = end;
                if (separator != null && separator.equals(runSeparator)) {
                    continue;
                }
            }
            if (count >= 2) {
                runs.add(new int[] {runStart, runEnd, count});
                longest = Math.max(longest, count);
            }
            count = 0;
            runSeparator = null;
        }
        return longest >= MIN_LETTERS ? runs : List.of();
    }

    /** Symbols that hold letters together inside a word ("R&D", "A+B"): a letter after one is no lone letter. */
    private static final String GLUE = "&+@#";

    /** A letter starts a run only where no gluing symbol ties it to the word before: the "D" of "R&D" does not. */
    private static boolean startsApart(String text, int start) {
        return start == 0 || GLUE.indexOf(text.codePointBefore(start)) < 0;
    }

    /** The separator between two words as its standard characters; null when it cannot part spaced letters. */
    private static String normalisedSeparator(String text, int from, int to) {
        if (from == to || to - from > MAX_SEPARATOR * 2) {
            return null;
        }
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            char c = separator(cp);
            if (c == 0) {
                return null;
            }
            sb.append(c);
            i += Character.charCount(cp);
        }
        return sb.length() > MAX_SEPARATOR ? null : sb.toString();
    }
}
