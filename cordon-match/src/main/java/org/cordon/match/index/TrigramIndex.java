package org.cordon.match.index;

import java.util.Arrays;
import java.util.List;
import org.cordon.match.analysis.AnalyzedName;
import org.cordon.match.analysis.Token;
import org.cordon.match.analysis.TokenKind;

/**
 * An inverted index from character trigrams to names, held in flat int arrays.
 *
 * <p>Why not Lucene: the documents are short names already analysed into a 36-letter alphabet, so every trigram
 * fits a dense array slot (38^3 codes with the two boundary marks) and a query is a few array scans accumulating
 * IDF weights; no analyzer chain, segment or scorer objects stand in between. The benchmark compares it with an
 * exhaustive scan for recall and cost.
 *
 * <p>A name's key is its tokens but legal forms, joined without spaces, between boundary marks. Organisation
 * words are in the key (so that "GHSTECHNOLOGY" finds "GHS TECHNOLOGY"); being common, their trigrams weigh
 * little.
 */
public final class TrigramIndex {

    private static final int ALPHABET = 38;
    private static final int BEGIN = 36;
    private static final int END = 37;
    /**
     * Trigrams found in more than this share of names say almost nothing and cost the most to scan; they are
     * skipped unless the query has no other.
     */
    private static final double COMMON_SHARE = 0.02;

    /** New names are admitted while the trigrams read so far carry less than this share of the query's weight. */
    private static final float ADMIT_SHARE = 0.6f;

    private final int size;
    private final int[][] postings;
    private final float[] idf;
    private final float[] norm;
    private final ThreadLocal<Scratch> scratch;

    /** Per-thread work arrays of a query, one slot per name, reused: a query allocates nothing per name seen. */
    private static final class Scratch {
        final float[] acc;
        final int[] touched;

        Scratch(int size) {
            acc = new float[size];
            touched = new int[size];
        }
    }

    private TrigramIndex(int size, int[][] postings, float[] idf, float[] norm) {
        this.size = size;
        this.postings = postings;
        this.idf = idf;
        this.norm = norm;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(size));
    }

    /** Indexes the names; entry {@code i} of the result refers to {@code names.get(i)}. */
    public static TrigramIndex build(List<AnalyzedName> names) {
        int n = names.size();
        int[][] perName = new int[n][];
        int[] df = new int[ALPHABET * ALPHABET * ALPHABET];
        for (int i = 0; i < n; i++) {
            perName[i] = trigrams(names.get(i));
            for (int t : perName[i]) {
                df[t]++;
            }
        }
        int[][] postings = new int[df.length][];
        int[] fill = new int[df.length];
        for (int t = 0; t < df.length; t++) {
            postings[t] = df[t] == 0 ? null : new int[df[t]];
        }
        for (int i = 0; i < n; i++) {
            for (int t : perName[i]) {
                postings[t][fill[t]++] = i;
            }
        }
        float[] idf = new float[df.length];
        for (int t = 0; t < df.length; t++) {
            idf[t] = df[t] == 0 ? 0 : (float) Math.log(1.0 + (double) n / df[t]);
        }
        float[] norm = new float[n];
        for (int i = 0; i < n; i++) {
            float s = 0;
            for (int t : perName[i]) {
                s += idf[t];
            }
            norm[i] = s;
        }
        return new TrigramIndex(n, postings, idf, norm);
    }

    public int size() {
        return size;
    }

    /**
     * The entries most like the query, best first, at most {@code k}: ranked by Dice overlap of IDF-weighted
     * trigrams, {@code 2 * shared / (query + entry)}.
     */
    public int[] candidates(AnalyzedName query, int k) {
        return candidates(query, k, 0);
    }

    /**
     * Like {@link #candidates(AnalyzedName, int)}, keeping only entries whose overlap is at least
     * {@code minShareOfBest} of the best entry's: names sharing a third of the best candidate's trigrams are not
     * worth scoring.
     */
    public int[] candidates(AnalyzedName query, int k, float minShareOfBest) {
        int[] grams = trigrams(query);
        if (grams.length == 0 || size == 0) {
            return new int[0];
        }
        float queryNorm = 0;
        int limit = (int) Math.max(50, size * COMMON_SHARE);
        boolean anySelective = false;
        for (int t : grams) {
            queryNorm += idf[t] > 0 ? idf[t] : (float) Math.log(1.0 + size);
            if (postings[t] != null && postings[t].length <= limit) {
                anySelective = true;
            }
        }
        // Rarest trigrams first; once they carry most of the query's weight, a name that shares none of them
        // cannot come near the top, so later (common) trigrams only add to names already seen.
        int[] order = sortByWeightDescending(grams);
        float admitted = 0;
        Scratch work = scratch.get();
        float[] acc = work.acc;
        int[] touched = work.touched;
        int touchedCount = 0;
        for (int t : order) {
            int[] list = postings[t];
            if (list == null || (anySelective && list.length > limit)) {
                continue;
            }
            float w = idf[t];
            boolean admitNew = admitted < ADMIT_SHARE * queryNorm;
            admitted += w;
            for (int e : list) {
                if (acc[e] == 0) {
                    if (!admitNew) {
                        continue;
                    }
                    touched[touchedCount++] = e;
                }
                acc[e] += w;
            }
        }
        int[] best = topK(acc, touched, touchedCount, queryNorm, k, minShareOfBest);
        for (int i = 0; i < touchedCount; i++) {
            acc[touched[i]] = 0;
        }
        return best;
    }

    /** Insertion sort by descending IDF: queries have a few dozen trigrams at most. */
    private int[] sortByWeightDescending(int[] grams) {
        int[] out = grams.clone();
        for (int i = 1; i < out.length; i++) {
            int g = out[i];
            float w = idf[g];
            int j = i - 1;
            while (j >= 0 && idf[out[j]] < w) {
                out[j + 1] = out[j];
                j--;
            }
            out[j + 1] = g;
        }
        return out;
    }

    private int[] topK(float[] acc, int[] touched, int count, float queryNorm, int k, float minShareOfBest) {
        int m = Math.min(k, count);
        int[] heapIds = new int[m];
        float[] heapScores = new float[m];
        int filled = 0;
        for (int i = 0; i < count; i++) {
            int e = touched[i];
            float s = 2 * acc[e] / (queryNorm + norm[e]);
            if (filled < m) {
                heapIds[filled] = e;
                heapScores[filled] = s;
                filled++;
                siftUp(heapIds, heapScores, filled - 1);
            } else if (s > heapScores[0]) {
                heapIds[0] = e;
                heapScores[0] = s;
                siftDown(heapIds, heapScores, m);
            }
        }
        // Heap sort: the smallest goes to the end each time, leaving the heap in descending order.
        for (int size = filled; size > 1; size--) {
            swap(heapIds, heapScores, 0, size - 1);
            siftDown(heapIds, heapScores, size - 1);
        }
        float cut = filled == 0 ? 0 : heapScores[0] * minShareOfBest;
        int kept = 0;
        while (kept < filled && heapScores[kept] >= cut) {
            kept++;
        }
        return kept == heapIds.length ? heapIds : Arrays.copyOf(heapIds, kept);
    }

    private static void siftUp(int[] ids, float[] scores, int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (scores[parent] <= scores[i]) {
                return;
            }
            swap(ids, scores, i, parent);
            i = parent;
        }
    }

    private static void siftDown(int[] ids, float[] scores, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int smallest = i;
            if (l < size && scores[l] < scores[smallest]) {
                smallest = l;
            }
            if (r < size && scores[r] < scores[smallest]) {
                smallest = r;
            }
            if (smallest == i) {
                return;
            }
            swap(ids, scores, i, smallest);
            i = smallest;
        }
    }

    private static void swap(int[] ids, float[] scores, int a, int b) {
        int ti = ids[a];
        ids[a] = ids[b];
        ids[b] = ti;
        float ts = scores[a];
        scores[a] = scores[b];
        scores[b] = ts;
    }

    /** The distinct trigram codes of a name's key. */
    /**
     * The distinct trigram codes of a name: those of its key (all tokens but legal forms, joined) and, for names of
     * two or three words, those of each word between its own boundary marks, so that short names whose words come
     * in another order ("YU, Jin" read "jin yu" against "YU Jin") still share their words' trigrams. Longer names
     * share enough trigrams inside their words without it.
     */
    static int[] trigrams(AnalyzedName name) {
        String key = key(name);
        if (key.isEmpty()) {
            return new int[0];
        }
        int[] codes = new int[3 * key.length() + 8];
        int count = addTrigrams(key, codes, 0);
        int keyed = 0;
        for (Token t : name.tokens()) {
            if (t.kind() != TokenKind.LEGAL_FORM) {
                keyed++;
            }
        }
        if (keyed > 1 && keyed <= 3) {
            for (Token t : name.tokens()) {
                if (t.kind() != TokenKind.LEGAL_FORM) {
                    if (count + t.text().length() + 2 > codes.length) {
                        codes = Arrays.copyOf(codes, codes.length * 2 + t.text().length());
                    }
                    count = addTrigrams(t.text(), codes, count);
                }
            }
        }
        Arrays.sort(codes, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || codes[distinct - 1] != codes[i]) {
                codes[distinct++] = codes[i];
            }
        }
        return Arrays.copyOf(codes, distinct);
    }

    /** Appends the trigrams of {@code ^text$} at {@code count}; returns the new count. */
    private static int addTrigrams(String text, int[] codes, int count) {
        int prev2 = BEGIN;
        int prev1 = symbol(text.charAt(0));
        for (int i = 1; i <= text.length(); i++) {
            int c = i < text.length() ? symbol(text.charAt(i)) : END;
            codes[count++] = (prev2 * ALPHABET + prev1) * ALPHABET + c;
            prev2 = prev1;
            prev1 = c;
        }
        return count;
    }

    static String key(AnalyzedName name) {
        StringBuilder sb = new StringBuilder();
        for (Token t : name.tokens()) {
            if (t.kind() != TokenKind.LEGAL_FORM) {
                sb.append(t.text());
            }
        }
        return sb.toString();
    }

    private static int symbol(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + (c - '0') : BEGIN;
    }

}
