package org.cordon.match.score;

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), bounded: the comparison stops as
 * soon as the distance is known to exceed the bound, which is what makes typo matching cheap.
 */
public final class EditDistance {

    private EditDistance() {}

    /** The distance between a and b. */
    public static int between(String a, String b) {
        return within(a, b, Math.max(a.length(), b.length()));
    }

    /** The distance between a and b, or {@code bound + 1} when it is larger than {@code bound}. */
    public static int within(String a, String b, int bound) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > bound) {
            return bound + 1;
        }
        // Each edit breaks at most two characters of the common prefix-and-suffix run: a cheap rejection of the
        // many word pairs that are nothing alike, before any table is filled.
        int shorter = Math.min(n, m);
        int prefix = 0;
        while (prefix < shorter && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (prefix == shorter && n == m) {
            return 0;
        }
        int suffix = 0;
        while (suffix < shorter - prefix && a.charAt(n - 1 - suffix) == b.charAt(m - 1 - suffix)) {
            suffix++;
        }
        if (prefix + suffix < shorter - 2 * bound) {
            return bound + 1;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], bound + 1);
    }
}
